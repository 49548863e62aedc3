package org.longjiang.atlas.core.io;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.model.DataNote;

/** Reads a record of notes.json. */
final class NoteParser implements RecordParser<DataNote> {
    static final List<String> KINDS = List.of("sum_mismatch", "magnitude", "growth_mismatch", "contradiction", "other");
    private static final Set<String> FIELDS =
            Set.of("id", "kind", "series", "events", "period", "printed", "expected", "message", "sources");

    @Override
    public Optional<DataNote> parse(RecordReader r) {
        r.onlyFields(FIELDS);
        String id = r.requiredId();
        Optional<String> kind = r.oneOf("kind", KINDS, true);
        var message = r.localized("message", List.of("en"));
        var series = r.idList("series");
        var events = r.idList("events");
        if (series.isEmpty() && events.isEmpty()) r.fail("series", "problem.noteSubject");
        if (r.failed()) return Optional.empty();
        return Optional.of(new DataNote(
                id,
                kind.orElseThrow(),
                series,
                events,
                r.optPeriod("period"),
                r.optLocalized("printed"),
                r.optLocalized("expected"),
                message,
                r.citations("sources")));
    }
}

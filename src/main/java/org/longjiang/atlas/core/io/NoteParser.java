package org.longjiang.atlas.core.io;

import java.util.List;
import java.util.Optional;
import org.longjiang.atlas.core.model.DataNote;

/** Reads a record of notes.json. */
final class NoteParser implements RecordParser<DataNote> {

    @Override
    public Optional<DataNote> parse(RecordReader r) {
        String id = r.requiredId();
        String kind = r.text("kind");
        var message = r.localized("message", List.of("en"));
        var series = r.idList("series");
        var events = r.idList("events");
        if (series.isEmpty() && events.isEmpty()) r.fail("series", "a note must name the series or events it concerns");
        if (r.failed()) return Optional.empty();
        return Optional.of(new DataNote(
                id,
                kind,
                series,
                events,
                r.optText("period"),
                r.optLocalized("printed"),
                r.optLocalized("expected"),
                message,
                r.citations("sources")));
    }
}

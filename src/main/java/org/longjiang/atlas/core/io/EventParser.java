package org.longjiang.atlas.core.io;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.model.EventKind;
import org.longjiang.atlas.core.model.PolicyEvent;

/** Reads a record of events.json. */
final class EventParser implements RecordParser<PolicyEvent> {

    private static final Set<String> FIELDS =
            Set.of("id", "date", "title", "kind", "description", "subjects", "sources");

    @Override
    public Optional<PolicyEvent> parse(RecordReader r) {
        r.onlyFields(FIELDS);
        String id = r.requiredId();
        var date = r.date("date");
        var title = r.localized("title", List.of("en"));
        var kind = r.enumValue("kind", EventKind.class);
        if (r.failed()) return Optional.empty();
        return Optional.of(new PolicyEvent(
                id, date, title, kind, r.optLocalized("description"), r.idList("subjects"), r.citations("sources")));
    }
}

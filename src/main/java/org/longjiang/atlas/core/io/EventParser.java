package org.longjiang.atlas.core.io;

import java.util.List;
import java.util.Optional;
import org.longjiang.atlas.core.model.EventKind;
import org.longjiang.atlas.core.model.PolicyEvent;

/** Reads a record of events.json. */
final class EventParser implements RecordParser<PolicyEvent> {

    @Override
    public Optional<PolicyEvent> parse(RecordReader r) {
        String id = r.requiredId();
        var date = r.date("date");
        var title = r.localized("title", List.of("en"));
        var kind = r.enumValue("kind", EventKind.class);
        if (r.failed()) return Optional.empty();
        return Optional.of(new PolicyEvent(
                id, date, title, kind, r.optLocalized("description"), r.idList("subjects"), r.citations("sources")));
    }
}

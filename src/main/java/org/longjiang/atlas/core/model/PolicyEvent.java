package org.longjiang.atlas.core.model;

import java.util.List;

/** A dated policy, plan, agreement, opening or milestone. */
public record PolicyEvent(
        String id,
        PartialDate date,
        LocalizedText title,
        EventKind kind,
        LocalizedText description,
        List<String> subjects,
        List<Citation> sources) {

    public PolicyEvent {
        subjects = List.copyOf(subjects);
        sources = List.copyOf(sources);
    }
}

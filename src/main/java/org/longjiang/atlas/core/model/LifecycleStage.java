package org.longjiang.atlas.core.model;

import java.util.List;

/**
 * One dated step of a lifecycle, with the evidence for it.
 *
 * @param note what the evidence says, when the date alone does not (may be empty)
 */
public record LifecycleStage(
        Stage stage, PartialDate date, DateQualifier qualifier, List<Citation> sources, LocalizedText note) {

    public LifecycleStage {
        sources = List.copyOf(sources);
    }

    public Status status() {
        return stage.status();
    }

    /** Whether the date is approximate or only the latest it can have happened by. */
    public boolean uncertain() {
        return qualifier != DateQualifier.AS_GIVEN;
    }
}

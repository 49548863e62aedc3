package org.longjiang.atlas.core.query;

import java.util.Optional;
import org.longjiang.atlas.core.model.LifecycleStage;
import org.longjiang.atlas.core.model.Status;

/**
 * Where a place or link stood in a year, and on what evidence.
 *
 * @param stage       the stage of its own lifecycle that sets the status (empty for an undated record)
 * @param dateUnknown its status is attested in that year but not when it began: an undated record shown from
 *                    the first paper that names it, or a stage dated only "by" a year
 * @param firstNamed  for an undated record, the paper that first names it
 * @param heldBy      the crossing, place or link on which it depends that was not yet operating: its own
 *                    lifecycle would say more than it could then be
 */
public record Standing(
        Status status,
        Optional<LifecycleStage> stage,
        boolean dateUnknown,
        Optional<FirstMention> firstNamed,
        Optional<String> heldBy) {

    /** The earliest paper that names a record, and the year its evidence dates from. */
    public record FirstMention(String sourceId, int year) {}

    Standing heldBackTo(Status s, String by) {
        return new Standing(s, stage, dateUnknown, firstNamed, Optional.of(by));
    }
}

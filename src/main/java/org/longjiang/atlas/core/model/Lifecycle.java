package org.longjiang.atlas.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dated stages of a place or link (proposed, agreed, construction, opened, suspended, resumed,
 * closed), oldest first. Empty when no dated evidence is known.
 */
public record Lifecycle(List<LifecycleStage> stages) {
    /** Date order; stages on the same date in the order they can happen. */
    private static final Comparator<LifecycleStage> ORDER =
            Comparator.comparing(LifecycleStage::date).thenComparing(LifecycleStage::stage);

    public static final Lifecycle UNDATED = new Lifecycle(List.of());

    public Lifecycle {
        stages = stages.stream().sorted(ORDER).toList();
    }

    public boolean isEmpty() {
        return stages.isEmpty();
    }

    /** The last stage dated in or before the year: the one that sets the status at the end of that year. */
    public Optional<LifecycleStage> stageIn(int year) {
        LifecycleStage found = null;
        for (LifecycleStage s : stages) {
            if (s.date().year() <= year) found = s;
        }
        return Optional.ofNullable(found);
    }

    /** The first opening, if the record has one. */
    public Optional<PartialDate> opened() {
        return stages.stream()
                .filter(s -> s.stage() == Stage.OPENED)
                .map(LifecycleStage::date)
                .findFirst();
    }

    /** The last stage: what the record's status is now. */
    public Optional<LifecycleStage> last() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }
}

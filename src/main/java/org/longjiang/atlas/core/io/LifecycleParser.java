package org.longjiang.atlas.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.model.DateQualifier;
import org.longjiang.atlas.core.model.Lifecycle;
import org.longjiang.atlas.core.model.LifecycleStage;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.PartialDate;
import org.longjiang.atlas.core.model.Stage;
import org.longjiang.atlas.core.model.Status;

/**
 * Reads the history fields shared by places and links: {@code lifecycle} (dated stages, each with its
 * sources), {@code status} and {@code depends_on}. A bad stage is reported and left out; the record is kept.
 */
final class LifecycleParser {
    private static final Set<String> STAGE_FIELDS = Set.of("stage", "date", "qualifier", "sources", "note");

    private LifecycleParser() {}

    static Lifecycle lifecycle(RecordReader r) {
        List<LifecycleStage> stages = new ArrayList<>();
        for (RecordReader s : r.objects("lifecycle")) stage(s).ifPresent(stages::add);
        // Files written before lifecycles had one undocumented "opened" date: kept, and reported by check for lacking a
        // source.
        r.optDate("opened")
                .ifPresent(d -> stages.add(new LifecycleStage(
                        Stage.OPENED, d, DateQualifier.AS_GIVEN, List.of(), LocalizedText.english(""))));
        return new Lifecycle(stages);
    }

    private static Optional<LifecycleStage> stage(RecordReader s) {
        s.onlyFields(STAGE_FIELDS);
        Stage stage = s.enumValue("stage", Stage.class);
        PartialDate date = s.date("date");
        if (s.failed()) return Optional.empty();
        return Optional.of(new LifecycleStage(
                stage,
                date,
                s.optEnum("qualifier", DateQualifier.class, DateQualifier.AS_GIVEN),
                s.citations("sources"),
                s.optLocalized("note")));
    }

    /** The status today; {@code planned}, the word used before lifecycles, reads as proposed. */
    static Status status(RecordReader r) {
        Optional<String> text = r.optText("status");
        if (text.isPresent() && text.get().toLowerCase(Locale.ROOT).equals("planned")) return Status.PROPOSED;
        return r.optEnum("status", Status.class, Status.OPERATING);
    }

    static List<String> dependsOn(RecordReader r) {
        return r.idList("depends_on");
    }
}

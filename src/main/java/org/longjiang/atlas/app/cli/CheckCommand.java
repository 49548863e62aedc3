package org.longjiang.atlas.app.cli;

import java.io.PrintStream;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.io.LoadResult;
import org.longjiang.atlas.core.io.Problem;
import org.longjiang.atlas.core.io.TranslationCheck;
import org.longjiang.atlas.core.model.Atlas;

/** {@code check}: validates the data, prints what it holds, and fails when anything is wrong. */
final class CheckCommand {
    private final PrintStream out;

    CheckCommand(PrintStream out) {
        this.out = out;
    }

    int run(String... args) {
        if (args.length > 0) throw Args.unknown(args[0]);
        LoadResult r = AtlasLoader.loadBundled();
        Atlas a = r.atlas();
        out.println(Messages.english()
                .get(
                        "check.counts",
                        a.sources().size(),
                        a.places().size(),
                        a.links().size(),
                        a.series().size(),
                        a.series().stream()
                                .mapToInt(s -> s.observations().size())
                                .sum(),
                        a.events().size(),
                        a.notes().size(),
                        a.rates().size(),
                        r.problems().size()));
        Messages m = Messages.english();
        out.println(m.get(
                "check.translations",
                TranslationCheck.coverage(a).stream()
                        .map(c -> m.get("check.coverage", c.language(), c.percent(), c.translated(), c.total()))
                        .reduce((x, y) -> m.get("check.coverageJoin", x, y))
                        .orElse("")));
        for (Problem p : r.problems()) out.println(m.get("check.problem", p));
        return r.problems().isEmpty() ? CommandLine.OK : CommandLine.FAILED;
    }
}

package org.longjiang.atlas.app.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.query.SubjectFinder;

/** A command-line argument naming one place or link by id or by any of its names. */
public final class SubjectArgument {
    private SubjectArgument() {}

    /** The id the text names; none or several matches are a usage error that lists the candidates. */
    public static String resolve(Atlas atlas, String option, String text) {
        List<SubjectFinder.Match> matches = new SubjectFinder(atlas).find(text);
        if (matches.isEmpty()) throw new UsageException(Messages.english().get("cli.unknownSubject", option, text));
        if (matches.size() > 1) {
            String list =
                    matches.stream().map(m -> m.id() + " (" + m.name() + ")").collect(Collectors.joining(", "));
            throw new UsageException(Messages.english().get("cli.ambiguousSubject", option, text, list));
        }
        return matches.get(0).id();
    }
}

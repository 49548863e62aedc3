package org.longjiang.atlas.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.longjiang.atlas.core.i18n.Messages;

/**
 * The one reader of a sub-command's arguments: options one at a time, each option's value, and
 * the checks every command shares (a value is present, a number in range, one of a list), each
 * failing with a one-line {@link UsageException} that names the option.
 */
final class Args {
    private final String[] args;
    private int next;

    Args(String... args) {
        this.args = args.clone();
    }

    boolean hasNext() {
        return next < args.length;
    }

    /** The next option (or word). */
    String next() {
        return args[next++];
    }

    /** The value that follows {@code option}; a missing value or another option in its place is an error. */
    String value(String option) {
        if (next >= args.length || args[next].startsWith("--"))
            throw new UsageException(Messages.english().get("cli.needsValue", option));
        return args[next++];
    }

    Path path(String option) {
        return Path.of(value(option));
    }

    /** A decimal number within {@code [min, max]}. */
    double number(String option, double min, double max) {
        return number(option, value(option), min, max);
    }

    /** A whole number within {@code [min, max]} ({@code 2016.5} is not a year). */
    int whole(String option, int min, int max) {
        String text = value(option);
        int v;
        try {
            v = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw bad(option, text, Messages.english().get("cli.aWholeNumber"));
        }
        if (v < min || v > max)
            throw new UsageException(Messages.english().get("cli.outOfRange", option, text, min, max));
        return v;
    }

    /** One of {@code allowed}, compared without case. */
    String oneOf(String option, List<String> allowed) {
        String v = value(option);
        String folded = v.toLowerCase(Locale.ROOT);
        if (!allowed.contains(folded)) throw bad(option, v, String.join(", ", allowed));
        return folded;
    }

    static double number(String option, String text, double min, double max) {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw bad(option, text, Messages.english().get("cli.aNumber"));
        }
        if (!(v >= min && v <= max))
            throw new UsageException(Messages.english().get("cli.outOfRange", option, text, min, max));
        return v;
    }

    static UsageException bad(String option, String value, String expected) {
        return new UsageException(Messages.english().get("cli.badValue", option, value, expected));
    }

    static UsageException unknown(String option) {
        return new UsageException(Messages.english().get("cli.unknownOption", option));
    }

    static UsageException missing(String option) {
        return new UsageException(Messages.english().get("cli.missing", option));
    }
}

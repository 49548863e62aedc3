package org.longjiang.atlas.core.io;

import org.longjiang.atlas.core.i18n.Message;
import org.longjiang.atlas.core.i18n.Messages;

/**
 * One thing wrong in the data: which file, which record, which field, and what — the what as a
 * message the problems list says in the window's language. Every part that comes from a file is made
 * safe to show on one line (see {@link SafeText}), in every language: a 1 MB value or a U+202E in a
 * file never reaches the terminal or the problems list as such.
 */
public record Problem(String file, String recordId, String field, Message message) {
    private static final int NAME = 120;
    private static final int ARGUMENT = 400;

    public Problem {
        file = SafeText.shown(file, NAME);
        recordId = SafeText.shown(recordId, NAME);
        field = SafeText.shown(field, NAME);
        message = safe(message);
    }

    /** A problem whose message takes these arguments (values from the file are made safe). */
    public static Problem of(String file, String recordId, String field, String key, Object... args) {
        return new Problem(file, recordId, field, Message.of(key, args));
    }

    /** The one-line "file › record › field: message" in {@code m}'s language; names and values stay as in the file. */
    public String in(Messages m) {
        StringBuilder where = new StringBuilder(file);
        if (recordId != null && !recordId.isEmpty()) where.append(" › ").append(recordId);
        if (field != null && !field.isEmpty()) where.append(" › ").append(field);
        return m.get("problem.line", where.toString(), message.in(m));
    }

    /** In English: the command line's {@code check} and {@code list} print this. */
    @Override
    public String toString() {
        return in(Messages.english());
    }

    private static Message safe(Message m) {
        return new Message(
                m.key(),
                m.args().stream()
                        .map(a -> a instanceof String s
                                ? SafeText.value(s, ARGUMENT)
                                : a instanceof Message inner ? safe(inner) : a)
                        .toList());
    }
}

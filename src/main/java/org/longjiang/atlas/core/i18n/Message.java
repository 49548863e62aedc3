package org.longjiang.atlas.core.i18n;

import java.util.List;

/**
 * A message not yet put into words: its key and arguments. Whatever shows it says it in its own
 * language ({@link #in(Messages)}), and says it again when the language changes.
 */
public record Message(String key, List<Object> args) {
    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** The message in {@code m}'s language; an argument that is itself a message is put into the same words. */
    public String in(Messages m) {
        return m.get(
                key,
                args.stream()
                        .map(a -> a instanceof Message inner ? inner.in(m) : a)
                        .toArray());
    }

    /** In English: for the command line and logs. */
    @Override
    public String toString() {
        return in(Messages.english());
    }
}

package org.longjiang.atlas.core.io;

import org.longjiang.atlas.core.i18n.Message;

/** A value a check refused, with the reason as a message (its text is the English, for logs). */
final class InvalidValue extends IllegalArgumentException {
    private final transient Message why;

    InvalidValue(String key, Object... args) {
        this(Message.of(key, args));
    }

    private InvalidValue(Message why) {
        super(why.toString());
        this.why = why;
    }

    Message why() {
        return why;
    }
}

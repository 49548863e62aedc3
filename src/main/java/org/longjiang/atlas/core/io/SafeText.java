package org.longjiang.atlas.core.io;

import org.longjiang.atlas.core.i18n.Message;

/**
 * Text from a data file made safe to show on one line: control and bidirectional-formatting
 * characters are written as {@code <U+202E>} (a raw U+202E would reorder the rest of a terminal
 * line or of the problems list), and overlong text is cut with its full length said.
 */
public final class SafeText {
    /** A value quoted inside a message: enough to recognise it. */
    public static final int VALUE = 80;

    private SafeText() {}

    /** {@code text} with invisible and reordering characters made visible, cut to at most {@code max} characters. */
    public static String shown(String text, int max) {
        return text == null ? null : value(text, max).toString();
    }

    /**
     * The same for a message argument: the text itself when short enough, else a message that says
     * the cut in the reader's language ("… (1000000 characters)", "…（共 1000000 个字符）").
     */
    public static Object value(String text, int max) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 16);
        int shownChars = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (shownChars >= max)
                return Message.of("problem.cut", sb.toString(), text.codePointCount(0, text.length()));
            if (hidden(cp) || (width == 1 && Character.isSurrogate(text.charAt(i)))) {
                sb.append(String.format("<U+%04X>", cp));
            } else {
                sb.appendCodePoint(cp);
            }
            shownChars++;
            i += width;
        }
        return sb.toString();
    }

    /** Controls (C0, DEL, C1), line and paragraph separators, and the bidi marks, embeddings, overrides and isolates. */
    static boolean hidden(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || cp == 0x061C
                || cp == 0x200E
                || cp == 0x200F
                || (cp >= 0x2028 && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }
}

package org.longjiang.atlas.core.i18n;

/**
 * The pseudo-language's transformation: letters accented, vowels doubled (about a third longer,
 * like Russian), the whole wrapped in ⟦…⟧ so that tests can tell bundle text from everything else.
 */
final class Pseudo {
    static final char OPEN = '⟦';
    static final char CLOSE = '⟧';
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "åƀçðéƒĝĥîĵķľɱñőþǫŕšŧûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĽṀÑŐÞǪŔŠŦÛṼŴẊÝŽ";

    private Pseudo() {}

    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 3 / 2 + 2).append(OPEN);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = PLAIN.indexOf(c);
            char shown = at < 0 ? c : ACCENTED.charAt(at);
            sb.append(shown);
            if ("aeiouAEIOU".indexOf(c) >= 0) sb.append(shown);
        }
        return sb.append(CLOSE).toString();
    }
}

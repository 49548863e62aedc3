package org.longjiang.atlas.core.query;

import java.text.Normalizer;
import java.util.Locale;

/** Folds a name for matching: case, accents, spaces, hyphens and apostrophes do not count. */
public final class NameKey {
    private NameKey() {}

    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return s.replaceAll("[\\s\\-'’`·._/()]", "");
    }
}

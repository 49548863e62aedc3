package org.longjiang.atlas.core.model;

import java.util.Locale;

/**
 * How a stage's date is known: as given (to the day, month or year it is written with), about
 * (approximately), or by (no later than: the evidence attests the stage then, not its start).
 */
public enum DateQualifier {
    AS_GIVEN,
    ABOUT,
    BY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

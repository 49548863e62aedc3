package org.longjiang.atlas.core.query;

/** How a group of printed series is drawn. */
public enum ChartKind {
    /** Values over years on a time axis. */
    LINE,
    /** Values per printed period side by side (shares, few points, ranges such as "2017-01/2017-06"). */
    BAR,
    /** Export and import stacked per period, the printed total marked separately. */
    STACKED,
    /** One value per subject (a ranking table such as the top ten e-commerce markets). */
    RANKING
}

package org.longjiang.atlas.app.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each year sits along the time bar's track (0 at the left end, 1 at the right). Years before
 * the pivot, where almost nothing in the atlas happens, share a small part of the track; every year
 * from the pivot on gets the same, wider step, so the ticks of the busy decades do not crowd.
 */
final class YearScale {
    /** A year before the pivot is this fraction of a year after it. */
    static final double EARLY_WEIGHT = 0.12;
    /** Where the compressed years end: the first border ports reopened, the first dated records begin. */
    static final int PIVOT = 1990;

    private final int first;
    private final int last;
    private final int pivot;
    private final double total;

    YearScale(int first, int last) {
        this.first = first;
        this.last = Math.max(first + 1, last);
        this.pivot = Math.max(first, Math.min(PIVOT, this.last));
        this.total = weight(this.last);
    }

    int first() {
        return first;
    }

    int last() {
        return last;
    }

    /** The year's place on the track, 0–1. */
    double position(int year) {
        int y = Math.max(first, Math.min(last, year));
        return weight(y) / total;
    }

    /** The year nearest to a place on the track. */
    int year(double position) {
        double target = Math.max(0, Math.min(1, position)) * total;
        int best = first;
        double bestDistance = Double.MAX_VALUE;
        for (int y = first; y <= last; y++) {
            double d = Math.abs(weight(y) - target);
            if (d < bestDistance) {
                bestDistance = d;
                best = y;
            }
        }
        return best;
    }

    /** The labelled years: the first, the pivot, every decade after it, and the last. */
    List<Integer> labels() {
        List<Integer> out = new ArrayList<>(List.of(first));
        if (pivot > first) out.add(pivot);
        for (int y = (pivot / 10 + 1) * 10; y < last; y += 10) out.add(y);
        if (last - out.get(out.size() - 1) >= 4) out.add(last);
        return out;
    }

    /** The track length up to the year, in units of a post-pivot year. */
    private double weight(int year) {
        double early = Math.min(year, pivot) - first;
        double late = Math.max(0, year - pivot);
        return early * EARLY_WEIGHT + late;
    }
}

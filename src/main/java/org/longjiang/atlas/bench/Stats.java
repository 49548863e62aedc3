package org.longjiang.atlas.bench;

import java.util.Arrays;

/** Median and percentiles of a set of measurements. */
record Stats(double[] sorted) {

    static Stats of(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return new Stats(s);
    }

    double median() {
        return percentile(50);
    }

    double percentile(double p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}

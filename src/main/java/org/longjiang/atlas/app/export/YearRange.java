package org.longjiang.atlas.app.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The years of a time-lapse: {@code from}, then every {@code step} years up to {@code to}.
 *
 * @param step years between frames, at least 1
 */
public record YearRange(int from, int to, int step) {

    public YearRange {
        if (to < from) throw new IllegalArgumentException("the range ends before it starts: " + from + ".." + to);
        if (step < 1) throw new IllegalArgumentException("the step must be at least one year: " + step);
    }

    public List<Integer> years() {
        List<Integer> out = new ArrayList<>();
        for (int y = from; y <= to; y += step) out.add(y);
        return out;
    }
}

package org.longjiang.atlas.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Greedy label placement: candidates are taken in priority order, each label tries the four
 * sides of its symbol, then its four corners, and keeps the first that overlaps no symbol and no
 * label placed before it. The corners save the label of a town whose twin sits a few pixels away
 * (Heihe and Blagoveshchensk across the Amur at zoom 6), which every side of it would cover.
 */
public final class LabelPlacer {
    private static final double GAP = 3;

    /**
     * A symbol at (x, y) in screen pixels, and the size of the label it wants. An area label
     * (a country, the province) has no symbol and sits centred on its point.
     */
    public record Candidate(double x, double y, double symbolRadius, double width, double height, boolean area) {
        public Candidate(double x, double y, double symbolRadius, double width, double height) {
            this(x, y, symbolRadius, width, height, false);
        }
    }

    /** Where a label goes, relative to its symbol. */
    public enum Side {
        RIGHT,
        LEFT,
        ABOVE,
        BELOW,
        ABOVE_RIGHT,
        BELOW_RIGHT,
        ABOVE_LEFT,
        BELOW_LEFT,
        CENTRE
    }

    private static final List<Side> POINT_SIDES = List.of(
            Side.RIGHT,
            Side.LEFT,
            Side.ABOVE,
            Side.BELOW,
            Side.ABOVE_RIGHT,
            Side.BELOW_RIGHT,
            Side.ABOVE_LEFT,
            Side.BELOW_LEFT);
    private static final List<Side> AREA_SIDES = List.of(Side.CENTRE);

    /** A placed label: its side and its top-left corner. */
    public record Placement(Side side, double x, double y) {}

    private LabelPlacer() {}

    /**
     * Places labels inside a view of the given size. Returns, for each candidate in the same
     * order, its placement or empty when no side was free.
     */
    public static List<Optional<Placement>> place(
            List<Candidate> inPriorityOrder, double viewWidth, double viewHeight) {
        return place(inPriorityOrder, viewWidth, viewHeight, List.of());
    }

    /**
     * As {@link #place(List, double, double)}, keeping labels off reserved boxes too (the legend,
     * the attribution): each box is {x0, y0, x1, y1} in view pixels.
     */
    public static List<Optional<Placement>> place(
            List<Candidate> inPriorityOrder, double viewWidth, double viewHeight, List<double[]> reserved) {
        List<double[]> taken = new ArrayList<>();
        for (Candidate c : inPriorityOrder) {
            taken.add(box(
                    c.x() - c.symbolRadius(), c.y() - c.symbolRadius(), 2 * c.symbolRadius(), 2 * c.symbolRadius()));
        }
        int symbols = taken.size();
        taken.addAll(reserved);
        List<Optional<Placement>> out = new ArrayList<>(inPriorityOrder.size());
        for (int i = 0; i < inPriorityOrder.size(); i++) {
            Candidate c = inPriorityOrder.get(i);
            Optional<Placement> chosen = Optional.empty();
            for (Side side : c.area() ? AREA_SIDES : POINT_SIDES) {
                Placement p = at(c, side);
                double[] b = box(p.x(), p.y(), c.width(), c.height());
                if (inside(b, viewWidth, viewHeight) && free(b, taken, i)) {
                    chosen = Optional.of(p);
                    taken.add(b);
                    break;
                }
            }
            out.add(chosen);
        }
        return out;
    }

    private static Placement at(Candidate c, Side side) {
        double r = c.symbolRadius() + GAP;
        return switch (side) {
            case RIGHT -> new Placement(side, c.x() + r, c.y() - c.height() / 2);
            case LEFT -> new Placement(side, c.x() - r - c.width(), c.y() - c.height() / 2);
            case ABOVE -> new Placement(side, c.x() - c.width() / 2, c.y() - r - c.height());
            case BELOW -> new Placement(side, c.x() - c.width() / 2, c.y() + r);
            case ABOVE_RIGHT -> new Placement(side, c.x() + c.symbolRadius(), c.y() - r - c.height());
            case BELOW_RIGHT -> new Placement(side, c.x() + c.symbolRadius(), c.y() + r);
            case ABOVE_LEFT -> new Placement(side, c.x() - c.symbolRadius() - c.width(), c.y() - r - c.height());
            case BELOW_LEFT -> new Placement(side, c.x() - c.symbolRadius() - c.width(), c.y() + r);
            case CENTRE -> new Placement(side, c.x() - c.width() / 2, c.y() - c.height() / 2);
        };
    }

    private static double[] box(double x, double y, double w, double h) {
        return new double[] {x, y, x + w, y + h};
    }

    private static boolean inside(double[] b, double w, double h) {
        return b[0] >= 0 && b[1] >= 0 && b[2] <= w && b[3] <= h;
    }

    /** Free of every box except the candidate's own symbol (index {@code own}). */
    private static boolean free(double[] b, List<double[]> taken, int own) {
        for (int j = 0; j < taken.size(); j++) {
            if (j == own) continue;
            double[] t = taken.get(j);
            if (b[0] < t[2] && b[2] > t[0] && b[1] < t[3] && b[3] > t[1]) return false;
        }
        return true;
    }
}

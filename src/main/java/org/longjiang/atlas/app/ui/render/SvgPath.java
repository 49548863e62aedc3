package org.longjiang.atlas.app.ui.render;

import java.awt.geom.Path2D;

/** SVG path data ({@code M L H V C S Q T A Z}, absolute and relative) as a Java2D path: SVGPath nodes and Region shapes. */
final class SvgPath {
    private final String d;
    private int i;

    private SvgPath(String d) {
        this.d = d;
    }

    static Path2D parse(String d, boolean evenOdd) {
        Path2D.Double p = new Path2D.Double(evenOdd ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
        if (d == null) return p;
        new SvgPath(d).into(p);
        return p;
    }

    private void into(Path2D.Double p) {
        char cmd = ' ';
        double x = 0, y = 0, sx = 0, sy = 0, cx = 0, cy = 0;
        char last = ' ';
        while (true) {
            skipSeparators();
            if (i >= d.length()) return;
            char c = d.charAt(i);
            if (Character.isLetter(c)) {
                cmd = c;
                i++;
            } else if (cmd == 'M') {
                cmd = 'L'; // further pairs after a move are lines
            } else if (cmd == 'm') {
                cmd = 'l';
            } else if (cmd == ' ') {
                return;
            }
            boolean rel = Character.isLowerCase(cmd);
            double ox = rel ? x : 0, oy = rel ? y : 0;
            switch (Character.toUpperCase(cmd)) {
                case 'M' -> {
                    x = ox + num();
                    y = oy + num();
                    p.moveTo(x, y);
                    sx = x;
                    sy = y;
                }
                case 'L' -> {
                    x = ox + num();
                    y = oy + num();
                    p.lineTo(x, y);
                }
                case 'H' -> {
                    x = ox + num();
                    p.lineTo(x, y);
                }
                case 'V' -> {
                    y = oy + num();
                    p.lineTo(x, y);
                }
                case 'C' -> {
                    double x1 = ox + num(), y1 = oy + num();
                    cx = ox + num();
                    cy = oy + num();
                    x = ox + num();
                    y = oy + num();
                    p.curveTo(x1, y1, cx, cy, x, y);
                }
                case 'S' -> {
                    boolean smooth = "CcSs".indexOf(last) >= 0;
                    double x1 = smooth ? 2 * x - cx : x, y1 = smooth ? 2 * y - cy : y;
                    cx = ox + num();
                    cy = oy + num();
                    x = ox + num();
                    y = oy + num();
                    p.curveTo(x1, y1, cx, cy, x, y);
                }
                case 'Q' -> {
                    cx = ox + num();
                    cy = oy + num();
                    x = ox + num();
                    y = oy + num();
                    p.quadTo(cx, cy, x, y);
                }
                case 'T' -> {
                    boolean smooth = "QqTt".indexOf(last) >= 0;
                    cx = smooth ? 2 * x - cx : x;
                    cy = smooth ? 2 * y - cy : y;
                    x = ox + num();
                    y = oy + num();
                    p.quadTo(cx, cy, x, y);
                }
                case 'A' -> {
                    double rx = num(), ry = num(), rot = num();
                    boolean large = flag(), sweep = flag();
                    double ex = ox + num(), ey = oy + num();
                    Geometry.arcTo(p, x, y, rx, ry, rot, large, sweep, ex, ey);
                    x = ex;
                    y = ey;
                }
                case 'Z' -> {
                    p.closePath();
                    x = sx;
                    y = sy;
                }
                default -> throw new IllegalArgumentException("SVG path command '" + cmd + "' in \"" + d + "\"");
            }
            last = cmd;
        }
    }

    private void skipSeparators() {
        while (i < d.length() && (Character.isWhitespace(d.charAt(i)) || d.charAt(i) == ',')) i++;
    }

    private boolean flag() {
        skipSeparators();
        return d.charAt(i++) == '1';
    }

    private double num() {
        skipSeparators();
        int start = i;
        if (i < d.length() && (d.charAt(i) == '-' || d.charAt(i) == '+')) i++;
        boolean dot = false, exp = false;
        while (i < d.length()) {
            char c = d.charAt(i);
            if (Character.isDigit(c)) i++;
            else if (c == '.' && !dot && !exp) {
                dot = true;
                i++;
            } else if ((c == 'e' || c == 'E') && !exp) {
                exp = true;
                i++;
                if (i < d.length() && (d.charAt(i) == '-' || d.charAt(i) == '+')) i++;
            } else break;
        }
        if (start == i) throw new IllegalArgumentException("a number expected at " + start + " in \"" + d + "\"");
        return Double.parseDouble(d.substring(start, i));
    }
}

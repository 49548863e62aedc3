package org.longjiang.atlas.app.ui.render;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

/**
 * The lines of a Text node exactly as JavaFX laid them out (wrapping, alignment, line spacing): each
 * line's characters, the x where it starts and its baseline, read from JavaFX's own caret positions —
 * so a wrapped label breaks where it breaks in the window, whatever Java2D would have chosen.
 */
final class TextLines {
    /** One laid-out line, in the Text node's coordinates. */
    record Line(String text, double x, double baseline) {}

    private TextLines() {}

    static List<Line> of(Text t) {
        String s = t.getText();
        List<Line> lines = new ArrayList<>();
        if (s == null || s.isEmpty()) return lines;
        double firstBaseline = t.getLayoutBounds().getMinY() + t.getBaselineOffset();
        double[] first = caret(t, 0);
        double ascent = firstBaseline - first[1];
        int start = 0;
        double x = first[0], top = first[1];
        for (int i = 1; i < s.length(); i++) {
            if (Character.isLowSurrogate(s.charAt(i))) continue;
            double[] c = caret(t, i);
            if (Math.abs(c[1] - top) > 0.5) {
                add(lines, s.substring(start, i), x, top + ascent);
                start = i;
                x = c[0];
                top = c[1];
            }
        }
        add(lines, s.substring(start), x, top + ascent);
        return lines;
    }

    private static void add(List<Line> lines, String text, double x, double baseline) {
        String shown = text.stripTrailing();
        if (!shown.isEmpty()) lines.add(new Line(shown, x, baseline));
    }

    /** The caret before character {@code i}: its x and its top. */
    private static double[] caret(Text t, int i) {
        PathElement[] shape = t.caretShape(i, true);
        MoveTo m = (MoveTo) shape[0];
        return new double[] {m.getX(), m.getY()};
    }
}

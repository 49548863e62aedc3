package org.longjiang.atlas.app.export;

import java.awt.Graphics2D;
import java.util.List;
import org.longjiang.atlas.app.ui.render.Drawing;
import org.longjiang.atlas.core.i18n.Message;

/**
 * One exported figure, drawn once and written to any format: the request, the drawing of the frame
 * (basemap, overlays and decorations, in logical pixels), its provenance, and notices about what had
 * to give way (a decoration left out of a small image, a node drawn as an image).
 */
public record ExportDrawing(
        ExportRequest request, Drawing drawing, ExportProvenance provenance, List<Message> notices) {

    public ExportDrawing {
        notices = List.copyOf(notices);
    }

    /** Paints the figure into {@code g}, whose user space is the figure's logical pixels (0, 0 top left). */
    public void paint(Graphics2D g) {
        drawing.paint(g, request.scale());
    }

    /** Paints the figure with its layers marked, for formats that keep them (SVG groups). */
    public void paint(Graphics2D g, Drawing.Layering layering) {
        drawing.paint(g, request.scale(), layering);
    }
}

package org.longjiang.atlas.app.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.longjiang.atlas.app.ui.Fonts;

/**
 * Writes a figure as a one-page PDF (Apache PDFBox and its Graphics2D bridge): vector, text as text
 * in the bundled font embedded as a subset (Chinese and Cyrillic included, so it can be searched and
 * copied), the provenance in the document information. A paper preset's figure is set on that sheet,
 * landscape, inside print margins; any other figure gets a page of its own size (1 px = 0.75 pt).
 */
final class PdfFigure {
    static final float POINTS_PER_MM = 72 / 25.4f;
    static final float MARGIN_MM = 10;
    /** A CSS pixel is 1/96 inch. */
    static final float POINTS_PER_PX = 0.75f;

    private PdfFigure() {}

    /** The page a figure is printed on, in points. */
    static PDRectangle page(ExportRequest r) {
        return paper(r).map(p -> new PDRectangle(p.paperWidthMm() * POINTS_PER_MM, p.paperHeightMm() * POINTS_PER_MM))
                .orElse(new PDRectangle(r.width() * POINTS_PER_PX, r.height() * POINTS_PER_PX));
    }

    static Optional<ExportPreset> paper(ExportRequest r) {
        return ExportPreset.paperFor(r.width(), r.height(), r.pixelWidth(), r.pixelHeight());
    }

    static void write(ExportDrawing d, OutputStream out) throws IOException {
        ExportRequest r = d.request();
        float w = (float) d.drawing().width(), h = (float) d.drawing().height();
        PDRectangle size = page(r);
        float margin = paper(r).isPresent() ? MARGIN_MM * POINTS_PER_MM : 0;
        try (PDDocument doc = new PDDocument();
                BundledFont font = new BundledFont()) {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            g.setFontTextDrawer(font);
            d.paint(g);
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            float k = Math.min((size.getWidth() - 2 * margin) / w, (size.getHeight() - 2 * margin) / h);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.transform(
                        new Matrix(k, 0, 0, k, (size.getWidth() - w * k) / 2, (size.getHeight() - h * k) / 2));
                content.drawForm(form);
            }
            describe(doc, d);
            doc.save(out);
        }
    }

    private static void describe(PDDocument doc, ExportDrawing d) {
        ExportProvenance p = d.provenance();
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(p.title());
        info.setSubject(p.description());
        info.setCreator(p.software());
        info.setKeywords(p.sources());
        info.setCustomMetadataValue("Sources", p.sources());
        doc.getDocumentCatalog().setLanguage(d.request().language());
    }

    /** Every font of the figure is the bundled one, embedded once as a subset of what the page uses. */
    private static final class BundledFont extends PdfBoxGraphics2DFontTextDrawer {
        private TrueTypeCollection collection;
        private PDFont font;

        @Override
        protected PDFont mapFont(Font awt, IFontTextDrawerEnv env) throws IOException {
            if (font == null) {
                try (InputStream in = Fonts.openBundled()) {
                    collection = new TrueTypeCollection(in);
                }
                TrueTypeFont ttf = collection.getFontByName(SvgFigure.FACE);
                font = PDType0Font.load(env.getDocument(), ttf, true);
            }
            return font;
        }

        @Override
        public void close() {
            super.close();
            if (collection != null) {
                try {
                    collection.close();
                } catch (IOException ignored) {
                    // the document is written by then; nothing is lost
                }
            }
        }
    }
}

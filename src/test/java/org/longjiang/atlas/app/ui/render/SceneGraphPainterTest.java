package org.longjiang.atlas.app.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.app.ui.Fonts;
import org.longjiang.atlas.app.ui.HeadlessFx;
import org.longjiang.atlas.testing.NeedsFx;
import org.longjiang.atlas.testing.Pixels;

/** The scene-graph walk: what JavaFX shows, recorded faithfully, and what it cannot draw reported. */
@NeedsFx
class SceneGraphPainterTest {

    /** Lays the root out at its size in a scene and records it. */
    static Drawing record(Pane root, double w, double h) {
        return HeadlessFx.call(() -> {
            Fonts.load();
            root.setStyle("-fx-background-color: white;");
            new Scene(root, w, h);
            root.applyCss();
            root.layout();
            return SceneGraphPainter.draw(root, 1);
        });
    }

    static BufferedImage paint(Drawing d) {
        BufferedImage img = new BufferedImage((int) d.width(), (int) d.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        d.paint(g, 1);
        g.dispose();
        return img;
    }

    static List<Drawing.Text> texts(Drawing d) {
        return d.ops().stream()
                .filter(Drawing.Text.class::isInstance)
                .map(Drawing.Text.class::cast)
                .toList();
    }

    @Test
    void regionsShapesTransformsClipsAndOpacityLandWhereJavaFxPutsThem() {
        Pane root = new Pane();
        Region box = new Region();
        box.setBackground(new Background(new BackgroundFill(Color.RED, new CornerRadii(6), new Insets(2))));
        box.setPrefSize(40, 30);
        box.relocate(10, 10);
        Circle dot = new Circle(70, 20, 8, Color.BLUE);
        SVGPath triangle = new SVGPath();
        triangle.setContent("M0,0 L10,0 L5,10 Z");
        triangle.setFill(Color.LIME);
        triangle.setScaleX(2);
        triangle.setScaleY(2);
        triangle.relocate(90, 10);
        Rectangle clipped = new Rectangle(10, 50, 40, 40);
        clipped.setFill(Color.BLACK);
        clipped.setClip(new Rectangle(10, 50, 20, 40));
        Rectangle faint = new Rectangle(60, 50, 20, 20);
        faint.setFill(Color.BLACK);
        faint.setOpacity(0.5);
        Rectangle hidden = new Rectangle(90, 50, 20, 20);
        hidden.setVisible(false);
        root.getChildren().addAll(box, dot, triangle, clipped, faint, hidden);
        BufferedImage img = paint(record(root, 120, 100));
        assertEquals(0xFF0000, Pixels.rgb(img, 30, 25), "region background");
        assertEquals(0xFFFFFF, Pixels.rgb(img, 11, 11), "inside the insets, outside the rounded corner");
        assertEquals(0x0000FF, Pixels.rgb(img, 70, 20), "circle");
        assertEquals(0x00FF00, Pixels.rgb(img, 95, 15), "the scaled triangle (scale about its centre)");
        assertEquals(0x000000, Pixels.rgb(img, 20, 70), "inside the clip");
        assertEquals(0xFFFFFF, Pixels.rgb(img, 40, 70), "clipped away");
        assertTrue(Pixels.close(0x808080, Pixels.rgb(img, 70, 60), 2), "half opaque black on white");
        assertEquals(0xFFFFFF, Pixels.rgb(img, 100, 60), "invisible");
    }

    @Test
    void wrappedTextBreaksWhereJavaFxBrokeIt() {
        Pane root = new Pane();
        Label label = new Label("Suifenhe border port, the busiest crossing to Primorsky Krai, by rail and road");
        label.setWrapText(true);
        label.setStyle("-fx-font-family: 'WenQuanYi Micro Hei'; -fx-font-size: 14px;");
        label.setMaxWidth(150);
        label.resizeRelocate(5, 5, 150, 120);
        root.getChildren().add(label);
        Drawing d = record(root, 200, 150);
        List<Drawing.Text> lines = texts(d);
        Text shown = HeadlessFx.call(() -> (Text) label.lookup(".text"));
        // JavaFX's own count: the wrapped text's height in lines of one word in the same font.
        double oneLine = HeadlessFx.call(() -> {
            Text one = new Text("Suifenhe");
            one.setFont(shown.getFont());
            return one.getLayoutBounds().getHeight();
        });
        int javaFxLines = (int) Math.round(shown.getLayoutBounds().getHeight() / oneLine);
        assertTrue(lines.size() >= 4, lines.toString());
        assertEquals(javaFxLines, lines.size(), lines.toString());
        assertEquals(
                shown.getText().replaceAll("\\s+", " "),
                String.join(" ", lines.stream().map(Drawing.Text::text).toList()),
                "every word once, in order");
        for (int i = 1; i < lines.size(); i++)
            assertTrue(lines.get(i).y() > lines.get(i - 1).y(), "each line below the last");
        assertEquals(14f, lines.get(0).font().getSize2D());
        assertEquals(Fonts.FAMILY, lines.get(0).font().getFamily(Locale.ROOT));
    }

    @Test
    void aRotatedLabelIsDrawnRotated() {
        Pane root = new Pane();
        Text t = new Text("2015");
        t.setRotate(-90);
        t.relocate(20, 20);
        root.getChildren().add(t);
        Drawing d = record(root, 80, 80);
        boolean rotated = d.ops().stream()
                .filter(Drawing.Push.class::isInstance)
                .map(o -> ((Drawing.Push) o).transform())
                .anyMatch(at -> Math.abs(at.getShearY() + 1) < 1e-9 || Math.abs(at.getShearX() - 1) < 1e-9);
        assertTrue(rotated, "a quarter turn on the way to the text");
    }

    @Test
    void aDropShadowIsDrawnAsAHaloUnderTheText() {
        Pane root = new Pane();
        Label l = new Label("Heihe");
        l.setEffect(new DropShadow(3, Color.WHITE));
        ((DropShadow) l.getEffect()).setSpread(0.9);
        l.relocate(10, 10);
        root.getChildren().add(l);
        Drawing d = record(root, 100, 40);
        long halos = d.ops().stream()
                .filter(o -> o instanceof Drawing.Draw dr && dr.paint().equals(Paints.color(Color.WHITE)))
                .count();
        assertEquals(1, halos, "one widened outline of the line of text, in the shadow's colour");
        assertEquals(1, texts(d).size());
    }

    @Test
    void whatHasNoVectorFormIsDrawnAsAnImageAndReported() {
        Pane root = new Pane();
        Canvas canvas = new Canvas(30, 20);
        canvas.getGraphicsContext2D().setFill(Color.ORANGE);
        canvas.getGraphicsContext2D().fillRect(0, 0, 30, 20);
        canvas.relocate(5, 5);
        root.getChildren().add(new Group(canvas));
        Drawing d = record(root, 50, 40);
        assertEquals(
                List.of("Canvas: drawn as an image"),
                d.notes().stream().map(Object::toString).toList());
        BufferedImage img = paint(d);
        assertEquals(0xFFA500, Pixels.rgb(img, 20, 15), "the canvas's pixels");
    }

    @Test
    void layersAreNamedOnceEach() {
        Pane root = new Pane();
        Region a = Layers.mark(new Region(), "labels");
        Region b = Layers.mark(new Region(), "labels");
        root.getChildren().addAll(a, b);
        Drawing d = record(root, 10, 10);
        List<String> layers = d.ops().stream()
                .filter(o -> o instanceof Drawing.Push p && p.layer() != null)
                .map(o -> ((Drawing.Push) o).layer())
                .toList();
        assertEquals(List.of("labels", "labels-2"), layers);
    }
}

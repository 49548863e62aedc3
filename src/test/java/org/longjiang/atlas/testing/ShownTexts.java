package org.longjiang.atlas.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Every text a user can meet in a scene: what is drawn (texts, labels, prompts, column headers,
 * the items of choice boxes and menus) and what appears on demand (tooltips, accessible names), and
 * every label the layout cut short. Invisible branches are skipped; call it on the FX thread.
 */
public final class ShownTexts {
    /** A text and the node that shows it. */
    public record Shown(String text, Node node, String how) {
        @Override
        public String toString() {
            return how + " " + node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                    + ": \"" + text + "\"";
        }
    }

    private ShownTexts() {}

    public static List<Shown> of(Node root) {
        List<Shown> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    /** Labels whose text does not fit: the skin draws it cut, with an ellipsis. */
    public static List<Shown> truncated(Node root) {
        List<Shown> out = new ArrayList<>();
        visit(root, n -> {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && l.getWidth() > 0) {
                Text drawn = drawnText(l);
                if (drawn != null && !drawn.getText().equals(l.getText()))
                    out.add(new Shown(l.getText() + "\" drawn as \"" + drawn.getText(), l, "cut"));
            }
        });
        return out;
    }

    private static Text drawnText(Labeled l) {
        List<Text> found = new ArrayList<>();
        for (Node c : l.getChildrenUnmodifiable()) collectText(c, found);
        return found.isEmpty() ? null : found.get(0);
    }

    private static void collectText(Node n, List<Text> found) {
        if (n instanceof Labeled) return;
        if (n instanceof Text t && t.getStyleClass().contains("text")) found.add(t);
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> collectText(c, found));
    }

    private static void visit(Node n, Consumer<Node> each) {
        if (!n.isVisible()) return;
        each.accept(n);
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> visit(c, each));
    }

    private static void walk(Node root, List<Shown> out) {
        visit(root, n -> {
            if (n instanceof Text t) add(out, t.getText(), n, "text");
            if (n instanceof Labeled l) add(out, l.getText(), n, "label");
            if (n instanceof TextInputControl t) {
                add(out, t.getText(), n, "field");
                add(out, t.getPromptText(), n, "prompt");
            }
            if (n instanceof Control c && c.getTooltip() != null)
                add(out, c.getTooltip().getText(), n, "tooltip");
            if (n.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip t)
                add(out, t.getText(), n, "tooltip");
            add(out, n.getAccessibleText(), n, "accessible");
            if (n instanceof ChoiceBox<?> box) items(box, out);
            if (n instanceof MenuButton menu) menu.getItems().forEach(i -> item(i, n, out));
            if (n instanceof TableView<?> table) table.getColumns().forEach(c -> column(c, n, out));
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void items(ChoiceBox box, List<Shown> out) {
        for (Object item : box.getItems())
            add(
                    out,
                    box.getConverter() == null
                            ? String.valueOf(item)
                            : box.getConverter().toString(item),
                    box,
                    "choice");
    }

    private static void item(MenuItem i, Node owner, List<Shown> out) {
        add(out, i.getText(), owner, "menu item");
        if (i instanceof Menu m) m.getItems().forEach(c -> item(c, owner, out));
    }

    private static void column(TableColumnBase<?, ?> c, Node owner, List<Shown> out) {
        add(out, c.getText(), owner, "column");
        c.getColumns().forEach(sub -> column(sub, owner, out));
    }

    private static void add(List<Shown> out, String text, Node n, String how) {
        if (text != null && !text.isBlank()) out.add(new Shown(text, n, how));
    }
}

package org.longjiang.atlas.app.ui.render;

import java.util.Optional;
import javafx.scene.Node;
import org.longjiang.atlas.app.ui.NodePainter;

/**
 * Marks on nodes that {@link SceneGraphPainter} reads: the layer a node's drawing belongs to (an SVG
 * group with that id: basemap, links, places, labels, legend…), and a painter that draws a node's
 * content instead of the node (the basemap, which the window draws as tiles).
 */
public final class Layers {
    private static final String LAYER = "atlas.layer";
    private static final String PAINTER = "atlas.painter";

    private Layers() {}

    /** Puts the node's drawing in a layer named {@code id}; returns the node. */
    public static <N extends Node> N mark(N node, String id) {
        node.getProperties().put(LAYER, id);
        return node;
    }

    public static Optional<String> of(Node node) {
        return Optional.ofNullable((String) node.getProperties().get(LAYER));
    }

    /** Has the painter draw the node's content (in the node's own box) wherever the node is drawn. */
    public static void paintWith(Node node, NodePainter painter) {
        node.getProperties().put(PAINTER, painter);
    }

    static Optional<NodePainter> painter(Node node) {
        return Optional.ofNullable((NodePainter) node.getProperties().get(PAINTER));
    }
}

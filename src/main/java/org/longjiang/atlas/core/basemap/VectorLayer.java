package org.longjiang.atlas.core.basemap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.longjiang.atlas.core.geo.GeoFeature;

/** The projected shapes of one basemap file, each tagged with the feature it came from. */
final class VectorLayer {

    /** A shape with the feature properties the styling needs. */
    record Item(ProjectedShape shape, GeoFeature feature) {}

    private final List<Item> items;

    private VectorLayer(List<Item> items) {
        this.items = List.copyOf(items);
    }

    static final VectorLayer EMPTY = new VectorLayer(List.of());

    static VectorLayer of(List<GeoFeature> features) {
        List<Item> items = new ArrayList<>();
        for (GeoFeature f : features) {
            boolean polygon = f.type() == GeoFeature.GeometryType.POLYGON;
            for (List<double[]> part : f.parts()) items.add(new Item(ProjectedShape.project(part, polygon), f));
        }
        return new VectorLayer(items);
    }

    /** The items whose bounding box meets the window, and which pass the filter. */
    List<Item> within(double x0, double y0, double x1, double y1, Predicate<GeoFeature> filter) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            if (i.shape().intersects(x0, y0, x1, y1) && filter.test(i.feature())) out.add(i);
        }
        return out;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }
}

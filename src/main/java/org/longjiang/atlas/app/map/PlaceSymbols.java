package org.longjiang.atlas.app.map;

import java.util.Locale;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.PlaceKind;

/** The map symbol of each place kind: distinct in shape as well as colour (colour-blind safe). */
final class PlaceSymbols {
    private static final String DIAMOND = "M0,-6.5 L6.5,0 L0,6.5 L-6.5,0 Z";
    private static final String TRIANGLE = "M0,-6.5 L6,4.5 L-6,4.5 Z";
    private static final String SQUARE = "M-4.5,-4.5 h9 v9 h-9 Z";
    private static final String SMALL_SQUARE = "M-3.5,-3.5 h7 v7 h-7 Z";
    private static final String BAR = "M-7,-2.5 h14 v5 h-14 Z";
    private static final String STAR =
            "M0,-6 L1.8,-1.8 L6,-1.8 L2.6,1 L3.8,5.6 L0,3 L-3.8,5.6 L-2.6,1 L-6,-1.8 L-1.8,-1.8 Z";

    private PlaceSymbols() {}

    /** Whether the kind is drawn as a point at all (the province, countries, regions and waters are labels). */
    static boolean drawn(PlaceKind kind) {
        return switch (kind) {
            case PROVINCE, COUNTRY, REGION, SEA_AREA, RIVER_COURSE -> false;
            default -> true;
        };
    }

    /** Waters are named in italics in their natural case; areas in capitals. */
    static boolean water(PlaceKind kind) {
        return kind == PlaceKind.SEA_AREA || kind == PlaceKind.RIVER_COURSE;
    }

    static Shape create(Place place) {
        Shape s = switch (place.kind()) {
            case PROVINCE, COUNTRY, REGION, SEA_AREA, RIVER_COURSE -> new Circle(0);
            case BORDER_PORT -> svg(DIAMOND);
            case AIRPORT -> svg(TRIANGLE);
            case SEAPORT, RIVER_PORT -> svg(SQUARE);
            case BRIDGE -> svg(BAR);
            case PIPELINE_STATION, PARK -> svg(SMALL_SQUARE);
            case INSTITUTION -> svg(STAR);
            case ISLAND -> new Circle(5.5);
            default -> new Circle(radius(place.priority()));
        };
        s.getStyleClass()
                .addAll(
                        "place-symbol",
                        "kind-" + place.kind().id(),
                        "precision-" + place.precision().name().toLowerCase(Locale.ROOT));
        return s;
    }

    static double radius(int priority) {
        return switch (priority) {
            case 1 -> 6.5;
            case 2 -> 5;
            case 3 -> 4;
            default -> 3.2;
        };
    }

    /** The radius the label placer keeps clear around a symbol. */
    static double clearance(Place place) {
        return switch (place.kind()) {
            case BORDER_PORT, AIRPORT, BRIDGE -> 7;
            case SEAPORT, RIVER_PORT, ISLAND, INSTITUTION -> 6;
            default -> radius(place.priority()) + 1;
        };
    }

    private static SVGPath svg(String content) {
        SVGPath p = new SVGPath();
        p.setContent(content);
        return p;
    }
}

package org.longjiang.atlas.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Every place and link kind id ("city", "border_port", "rail", "air"…): the names of the map's layers. */
public final class Kinds {
    public static final List<String> ALL = Stream.concat(
                    Arrays.stream(PlaceKind.values()).map(PlaceKind::id),
                    Arrays.stream(LinkKind.values()).map(LinkKind::id))
            .toList();

    private Kinds() {}
}

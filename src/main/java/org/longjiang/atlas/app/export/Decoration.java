package org.longjiang.atlas.app.export;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A switchable part of an exported image besides the map itself; {@code --plain} turns them all off. */
public enum Decoration implements CliName {
    TITLE("title"),
    YEAR("year"),
    LEGEND("legend"),
    SCALE_BAR("scale-bar"),
    NORTH_ARROW("north-arrow"),
    ATTRIBUTION("attribution"),
    SOURCES("sources");

    private final String id;

    Decoration(String id) {
        this.id = id;
    }

    /** The name used on the command line ({@code --no-legend}, {@code --decorations title,legend}) and in settings. */
    public String id() {
        return id;
    }

    public static Optional<Decoration> byId(String id) {
        return CliName.byId(Decoration.class, id);
    }

    public static Set<Decoration> all() {
        return EnumSet.allOf(Decoration.class);
    }

    /** "title,legend" — the order of the enum, so equal sets give equal text. */
    public static String join(Set<Decoration> set) {
        return Arrays.stream(values()).filter(set::contains).map(Decoration::id).collect(Collectors.joining(","));
    }

    public static String allIds() {
        return Arrays.stream(values()).map(Decoration::id).collect(Collectors.joining(", "));
    }
}

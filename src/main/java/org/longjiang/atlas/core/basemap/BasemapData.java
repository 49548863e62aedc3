package org.longjiang.atlas.core.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.longjiang.atlas.core.geo.GeoJsonReader;
import org.longjiang.atlas.core.i18n.Message;

/**
 * All basemap layers, projected once. A layer that is missing or unreadable is recorded as a
 * notice and rendered as empty, so the map degrades instead of failing.
 */
public final class BasemapData {
    private final Map<BasemapLayer, VectorLayer> layers;
    private final List<Message> notices;

    private BasemapData(Map<BasemapLayer, VectorLayer> layers, List<Message> notices) {
        this.layers = layers;
        this.notices = Collections.unmodifiableList(notices);
    }

    /** Reads the layers shipped on the classpath under {@code maps/}. */
    public static BasemapData loadBundled() {
        return load(name -> BasemapData.class.getClassLoader().getResourceAsStream("maps/" + name));
    }

    /** Reads the layers from a folder (for tests and for users with their own extract). */
    public static BasemapData loadFrom(Path folder) {
        return load(name -> {
            Path p = folder.resolve(name);
            return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
        });
    }

    /** Opens one layer file by name; returns null when it does not exist. */
    @FunctionalInterface
    public interface Opener {
        InputStream open(String fileName) throws IOException;
    }

    public static BasemapData load(Opener opener) {
        Map<BasemapLayer, VectorLayer> layers = new EnumMap<>(BasemapLayer.class);
        List<Message> notices = new ArrayList<>();
        for (BasemapLayer layer : BasemapLayer.values()) {
            try (InputStream in = opener.open(layer.fileName())) {
                if (in == null) {
                    notices.add(Message.of("map.layerMissing", layer.fileName()));
                    layers.put(layer, VectorLayer.EMPTY);
                } else {
                    layers.put(layer, VectorLayer.of(GeoJsonReader.read(in)));
                }
            } catch (IOException | RuntimeException e) {
                notices.add(Message.of("map.layerUnreadable", layer.fileName(), String.valueOf(e.getMessage())));
                layers.put(layer, VectorLayer.EMPTY);
            }
        }
        return new BasemapData(layers, notices);
    }

    VectorLayer layer(BasemapLayer layer) {
        return layers.getOrDefault(layer, VectorLayer.EMPTY);
    }

    /** Notices about missing or broken layers, for the map and the problems list to say in their language about missing or broken layers (empty when all is well). */
    public List<Message> notices() {
        return notices;
    }
}

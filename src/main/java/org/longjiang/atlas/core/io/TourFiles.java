package org.longjiang.atlas.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Tour;
import org.longjiang.atlas.core.model.TourStop;

/** Tours a user saved or opens: the same format as {@code tours.json} (an array of tours), read with the same checks. */
public final class TourFiles {
    /**
     * The extension of a tour file the atlas saves, which the installed atlas is registered to open
     * (the content is the tours.json format; {@code .json} files open too).
     */
    public static final String EXTENSION = "ljtour";

    /** The tours of a file, or the problems that kept them from loading (then no tour is taken). */
    public record Read(List<Tour> tours, List<Problem> problems) {}

    private TourFiles() {}

    /** Reads a tour file; any problem rejects the whole file, so a half-read tour never replaces anything. */
    public static Read read(Path file, Atlas atlas) {
        String name = file.getFileName().toString();
        List<Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = AtlasLoader.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            return new Read(List.of(), List.of(AtlasLoader.unreadable(name, e)));
        }
        if (root == null || !root.isArray()) {
            return new Read(
                    List.of(), List.of(new Problem(name, null, null, "a tour file holds a JSON array of tours")));
        }
        List<Tour> tours = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            if (!root.get(i).isObject()) {
                problems.add(new Problem(name, "#" + (i + 1), null, "a tour must be a JSON object"));
                continue;
            }
            RecordReader r = new RecordReader(name, root.get(i), "#" + (i + 1), problems);
            new TourParser().parse(r).ifPresent(t -> {
                List<String> bad = TourCheck.problems(atlas, t);
                bad.forEach(b -> problems.add(
                        new Problem(name, t.id(), b.substring(0, b.indexOf(' ')), b.substring(b.indexOf(' ') + 1))));
                if (bad.isEmpty()) tours.add(t);
            });
        }
        if (tours.isEmpty() && problems.isEmpty())
            problems.add(new Problem(name, null, null, "the file holds no tour"));
        return problems.isEmpty() ? new Read(tours, List.of()) : new Read(List.of(), problems);
    }

    /** Writes tours in the {@code tours.json} format. */
    public static void write(OutputStream out, List<Tour> tours) throws IOException {
        ArrayNode array = AtlasLoader.MAPPER.createArrayNode();
        for (Tour t : tours) {
            ObjectNode o = array.addObject();
            o.put("id", t.id());
            o.set("title", text(t.title()));
            if (!t.description().en().isEmpty()) o.set("description", text(t.description()));
            ArrayNode stops = o.putArray("stops");
            for (TourStop s : t.stops()) {
                ObjectNode so = stops.addObject();
                so.set("caption", text(s.caption()));
                s.view().ifPresent(v -> {
                    so.put("lat", BigDecimal.valueOf(v.lat()));
                    so.put("lon", BigDecimal.valueOf(v.lon()));
                    so.put("zoom", BigDecimal.valueOf(v.zoom()));
                });
                s.year().ifPresent(y -> so.put("year", y));
                if (!s.layers().isEmpty()) s.layers().forEach(so.putArray("layers")::add);
                s.selection().ifPresent(id -> so.put("select", id));
            }
        }
        AtlasLoader.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValue(out, array);
    }

    private static ObjectNode text(LocalizedText t) {
        ObjectNode o = AtlasLoader.MAPPER.createObjectNode();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(t.values()).entrySet())
            o.put(e.getKey(), e.getValue());
        return o;
    }
}

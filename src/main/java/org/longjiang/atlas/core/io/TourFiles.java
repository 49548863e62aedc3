package org.longjiang.atlas.core.io;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.longjiang.atlas.core.i18n.Message;
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

    /**
     * Reads a tour file; any problem rejects the whole file (a half-read file, a key or tour id given
     * twice, text after the tours), so a half-read tour never replaces anything.
     */
    public static Read read(Path file, Atlas atlas) {
        String name = String.valueOf(file.getFileName());
        String text;
        try {
            text = DataFile.text(
                    DataFile.openIfPresent(file).orElseThrow(() -> new DataFile.Refused(Message.of("file.notFound"))));
        } catch (IOException e) {
            return refused(AtlasLoader.unreadable(name, e));
        }
        JsonRecords.Parsed parsed = JsonRecords.read(name, text, Message.of("problem.tourFileNotArray"));
        if (parsed.fileProblem().isPresent())
            return refused(parsed.fileProblem().get());
        List<Problem> problems = new ArrayList<>();
        List<Tour> tours = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonRecords.Raw raw : parsed.records()) {
            String position = "#" + (raw.index() + 1);
            if (!raw.node().isObject()) {
                problems.add(Problem.of(name, position, null, "problem.tourObject"));
                continue;
            }
            RecordReader r = new RecordReader(name, raw.node(), position, problems);
            if (raw.duplicateKey().isPresent()) {
                r.fail(raw.duplicateKey().get(), "problem.duplicateKey");
                continue;
            }
            new TourParser().parse(r).ifPresent(t -> {
                if (!ids.add(t.id())) problems.add(Problem.of(name, t.id(), "id", "problem.duplicateTour"));
                List<Problem> bad = TourCheck.problems(name, atlas, t);
                problems.addAll(bad);
                if (bad.isEmpty()) tours.add(t);
            });
        }
        if (tours.isEmpty() && problems.isEmpty()) problems.add(Problem.of(name, null, null, "problem.noTour"));
        return problems.isEmpty() ? new Read(tours, List.of()) : new Read(List.of(), problems);
    }

    private static Read refused(Problem why) {
        return new Read(List.of(), List.of(why));
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
        for (Map.Entry<String, String> e : new TreeMap<>(t.values()).entrySet()) o.put(e.getKey(), e.getValue());
        return o;
    }
}

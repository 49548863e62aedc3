package org.longjiang.atlas.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.longjiang.atlas.core.model.Supplied;

/** Reads what a general-knowledge citation supplied ({@code "supplies": ["date", "coordinates"]}). */
final class Provenance {
    private Provenance() {}

    static List<Supplied> supplies(RecordReader r, JsonNode citation, String field) {
        JsonNode n = citation.get("supplies");
        if (n == null || n.isNull()) return List.of();
        List<JsonNode> items = new ArrayList<>();
        if (n.isArray()) n.forEach(items::add);
        else items.add(n);
        List<Supplied> out = new ArrayList<>();
        for (JsonNode item : items) {
            try {
                out.add(Supplied.valueOf(item.asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                r.warn(field + ".supplies", "problem.unknownValue", Values.quote(item.asText()), allowed());
            }
        }
        return out;
    }

    private static String allowed() {
        List<String> ids = new ArrayList<>();
        for (Supplied s : Supplied.values()) ids.add(s.id());
        return String.join(", ", ids);
    }
}

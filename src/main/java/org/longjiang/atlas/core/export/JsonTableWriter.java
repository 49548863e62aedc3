package org.longjiang.atlas.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** A table as a JSON array of objects, one per row, keyed by the header. */
public final class JsonTableWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonTableWriter() {}

    public static String write(Table t) {
        ArrayNode rows = MAPPER.createArrayNode();
        for (var r : t.rows()) {
            ObjectNode o = rows.addObject();
            for (int c = 0; c < t.header().size(); c++) o.put(t.header().get(c), r.get(c));
        }
        try {
            return MAPPER.writeValueAsString(rows) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

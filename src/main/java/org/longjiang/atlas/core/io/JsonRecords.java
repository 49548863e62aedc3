package org.longjiang.atlas.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.i18n.Message;

/**
 * Reads a data file's top-level array one record at a time. Unlike reading the whole tree, it
 * notices what the tree reader silently drops: text after the closing {@code ]} (a stray {@code ]}
 * mid-file used to end the file there) and a key given twice in one object (the tree keeps the
 * last). A syntax error keeps the records before it and says how many were read.
 */
final class JsonRecords {
    /** One element of the array; {@code duplicateKey} is the path of the first key that appears twice in it. */
    record Raw(int index, JsonNode node, Optional<String> duplicateKey) {}

    /** The elements read, and what kept the rest of the file from being read, if anything. */
    record Parsed(List<Raw> records, Optional<Problem> fileProblem) {
        Parsed {
            records = List.copyOf(records);
        }
    }

    private JsonRecords() {}

    /** @param notAnArray the message when the file holds something other than an array */
    static Parsed read(String file, String text, Message notAnArray) {
        List<Raw> records = new ArrayList<>();
        boolean closed = false;
        try (JsonParser p = AtlasLoader.MAPPER.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) return fail(records, new Problem(file, null, null, notAnArray));
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                TokenBuffer element = new TokenBuffer(p.getCodec(), false).forceUseOfBigDecimal(true);
                element.copyCurrentStructure(p);
                Optional<String> duplicate = firstDuplicateKey(element.asParser());
                records.add(new Raw(records.size(), AtlasLoader.MAPPER.readTree(element.asParser()), duplicate));
            }
            closed = true;
            if (p.nextToken() != null) return fail(records, trailing(file, p.currentTokenLocation()));
        } catch (JsonProcessingException e) {
            if (closed) return fail(records, trailing(file, e.getLocation()));
            JsonLocation at = e.getLocation();
            return fail(
                    records,
                    Problem.of(
                            file,
                            null,
                            null,
                            "problem.syntax",
                            at == null ? 0 : at.getLineNr(),
                            at == null ? 0 : at.getColumnNr(),
                            JsonSyntax.why(e),
                            records.size()));
        } catch (IOException e) {
            return fail(records, AtlasLoader.unreadable(file, e));
        }
        return new Parsed(records, Optional.empty());
    }

    private static Parsed fail(List<Raw> records, Problem why) {
        return new Parsed(records, Optional.of(why));
    }

    private static Problem trailing(String file, JsonLocation at) {
        return Problem.of(
                file,
                null,
                null,
                "problem.trailing",
                at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr());
    }

    /** The path ({@code names.en}, {@code stops[2].lat}) of the first key that appears twice in one object, if any. */
    static Optional<String> firstDuplicateKey(JsonParser p) throws IOException {
        Deque<Container> open = new ArrayDeque<>();
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            Container parent = open.peek();
            if (t == JsonToken.FIELD_NAME) {
                if (!parent.keys.add(p.currentName())) return Optional.of(parent.child(p.currentName()));
                parent.key = p.currentName();
            } else if (t.isStructStart()) {
                open.push(new Container(parent == null ? "" : parent.nextPath()));
            } else if (t.isStructEnd()) {
                open.pop();
            } else if (parent != null) {
                parent.nextPath();
            }
        }
        return Optional.empty();
    }

    /** An object or array being walked: its path, the keys seen (objects) or the next index (arrays). */
    private static final class Container {
        final String path;
        final Set<String> keys = new HashSet<>();
        String key;
        int index;

        Container(String path) {
            this.path = path;
        }

        String child(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        /** The path of the value that starts now: the current key's in an object, the next index's in an array. */
        String nextPath() {
            return key != null ? child(key) : path + "[" + index++ + "]";
        }
    }
}

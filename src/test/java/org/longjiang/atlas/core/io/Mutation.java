package org.longjiang.atlas.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One structure-aware change to a JSON data file (an array of records), for the fuzz tests: it
 * knows records, fields and values, so it can give a field the wrong type, a value beyond its
 * bounds, a record a taken or malformed id, a reference a missing target, a key twice; and it can
 * damage the bytes (truncation, trailing text, a stray bracket, other encodings) or put a folder,
 * pipe or link loop where the file should be.
 *
 * @param kind  what is done
 * @param where picks the record (and the byte, for byte-level damage), modulo their number
 * @param which picks the field and the hostile value, modulo their number
 */
record Mutation(Kind kind, int where, int which) {
    enum Kind {
        WRONG_TYPE,
        HOSTILE_VALUE,
        REMOVE_FIELD,
        UNKNOWN_FIELD,
        DUPLICATE_KEY,
        ID,
        NOT_AN_OBJECT,
        STRAY_BRACKET,
        TRAILING_TEXT,
        TRUNCATION,
        ENCODING,
        BYTE_ORDER_MARK,
        SPECIAL_FILE;

        /** Damage to the file as a whole: records after it may be lost, but the file's problem must say so. */
        boolean wholeFile() {
            return ordinal() >= STRAY_BRACKET.ordinal();
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Values of the wrong type for any field. */
    private static final List<JsonNode> WRONG_TYPES = List.of(
            NODES.numberNode(7),
            NODES.textNode("7"),
            NODES.booleanNode(true),
            NODES.nullNode(),
            NODES.arrayNode(),
            NODES.objectNode(),
            NODES.arrayNode().add(1).add("two"));

    /** Values a field of the right type may still not hold: out of range, unparseable, unknown, hostile text. */
    private static final List<JsonNode> HOSTILE = List.of(
            NODES.numberNode(new BigDecimal("1e999999999")),
            NODES.numberNode(new BigDecimal("-1e999999999")),
            NODES.numberNode(new BigDecimal("1e-999999999")),
            NODES.numberNode(new BigInteger("9".repeat(900))),
            NODES.numberNode(new BigDecimal("91")),
            NODES.numberNode(new BigDecimal("-181")),
            NODES.numberNode(new BigDecimal("2016.5")),
            NODES.numberNode(new BigDecimal("0")),
            NODES.textNode("2015-02-30"),
            NODES.textNode("２０１５"),
            NODES.textNode("2015-13"),
            NODES.textNode("2018/2017"),
            NODES.textNode("ghost-of-atlantis"),
            NODES.textNode("Not An Id!"),
            NODES.textNode(""),
            NODES.textNode("x".repeat(200_000)),
            NODES.textNode("evil\u202Etxt.exe\u0000\n"));

    private static final List<String> TRAILING = List.of("]", "x", "{}", "[]", ",", "\u0000", "]\n]", "// note");

    /** Applies the change to {@code file} of {@code base} (file name → bytes) and returns the changed files. */
    Applied apply(Map<String, byte[]> base, String file) {
        List<JsonNode> records = records(base.get(file));
        Map<String, byte[]> files = new LinkedHashMap<>(base);
        if (kind == Kind.SPECIAL_FILE) return new Applied(files, file, OptionalInt.empty(), null);
        int index = Math.floorMod(where, records.size());
        String newId = null;
        byte[] bytes;
        switch (kind) {
            case WRONG_TYPE, HOSTILE_VALUE, REMOVE_FIELD -> {
                List<Slot> slots = new ArrayList<>();
                collect(records.get(index), slots);
                Slot slot = slots.get(Math.floorMod(which, slots.size()));
                if (kind == Kind.REMOVE_FIELD) slot.remove();
                else {
                    List<JsonNode> pool = kind == Kind.WRONG_TYPE ? WRONG_TYPES : HOSTILE;
                    slot.set(pool.get(Math.floorMod(which / slots.size(), pool.size())));
                }
                bytes = lines(records, -1);
            }
            case UNKNOWN_FIELD -> {
                ((ObjectNode) records.get(index)).put("opend\u202E", "2015");
                bytes = lines(records, -1);
            }
            case ID -> {
                String other = idOf(records.get(Math.floorMod(which, records.size())));
                List<String> ids = List.of(other == null ? "x" : other, "Bad Id", "", "y".repeat(5000), "a\u202Eb");
                newId = ids.get(Math.floorMod(which, ids.size()));
                ((ObjectNode) records.get(index)).put("id", newId);
                bytes = lines(records, -1);
            }
            case NOT_AN_OBJECT -> {
                records.set(index, WRONG_TYPES.get(Math.floorMod(which, 4)));
                bytes = lines(records, -1);
            }
            case DUPLICATE_KEY -> {
                String line = json(records.get(index));
                Iterator<String> names = records.get(index).fieldNames();
                String key = names.hasNext() ? names.next() : "id";
                records.set(index, NODES.textNode("\u0001DUP\u0001"));
                String text = new String(lines(records, -1), StandardCharsets.UTF_8);
                bytes = text.replace("\"\\u0001DUP\\u0001\"", "{\"" + key + "\": 0, " + line.substring(1))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case STRAY_BRACKET -> bytes = lines(records, index);
            case TRAILING_TEXT ->
                bytes = concat(lines(records, -1), TRAILING.get(Math.floorMod(which, TRAILING.size())));
            case TRUNCATION -> {
                byte[] whole = lines(records, -1);
                // Never the whole file, nor only its final newline: those are not damage.
                int cut = Math.floorMod(where, Math.max(1, whole.length - 2));
                bytes = Arrays.copyOf(whole, cut);
            }
            case ENCODING -> bytes = encoding(new String(lines(records, -1), StandardCharsets.UTF_8));
            case BYTE_ORDER_MARK ->
                bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, lines(records, -1));
            default -> throw new IllegalStateException(kind.name());
        }
        files.put(file, bytes);
        if (newId == null && records.get(index).isObject()) newId = idOf(records.get(index));
        return new Applied(files, file, kind.wholeFile() ? OptionalInt.empty() : OptionalInt.of(index), newId);
    }

    /** The files after the change; {@code record} is the changed record's index (empty when the whole file was). */
    record Applied(Map<String, byte[]> files, String file, OptionalInt record, String newId) {}

    /** Puts the files in {@code dir}, the changed one replaced by a special file for {@link Kind#SPECIAL_FILE}. */
    void writeTo(Path dir, Applied a) throws IOException, InterruptedException {
        for (var e : a.files().entrySet()) {
            if (kind == Kind.SPECIAL_FILE && e.getKey().equals(a.file())) continue;
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        if (kind != Kind.SPECIAL_FILE) return;
        Path p = dir.resolve(a.file());
        switch (Math.floorMod(which, 4)) {
            case 0 -> Files.createDirectory(p);
            case 1 -> Files.createSymbolicLink(p, p);
            case 2 -> Files.createSymbolicLink(p, dir.resolve("nowhere.json"));
            default -> {
                if (!HostileDataTest.mkfifo(p)) Files.createDirectory(p);
            }
        }
    }

    static List<JsonNode> records(byte[] file) {
        try {
            List<JsonNode> out = new ArrayList<>();
            AtlasLoader.MAPPER.readTree(file).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String idOf(JsonNode record) {
        JsonNode id = record.get("id");
        return id != null && id.isTextual() ? id.asText() : null;
    }

    /** The array with one record a line; a {@code ]} after record {@code strayAfter} (none when negative). */
    static byte[] lines(List<JsonNode> records, int strayAfter) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < records.size(); i++) {
            sb.append("  ").append(json(records.get(i)));
            if (i == strayAfter) sb.append("]");
            sb.append(i + 1 < records.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String json(JsonNode n) {
        try {
            return AtlasLoader.MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] encoding(String text) {
        return switch (Math.floorMod(which, 4)) {
            case 0 -> text.getBytes(StandardCharsets.UTF_16);
            case 1 -> text.getBytes(Charset.forName("windows-1251"));
            case 2 -> text.getBytes(Charset.forName("GBK"));
            default -> {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                b[Math.floorMod(where, b.length)] = (byte) 0xFF;
                yield b;
            }
        };
    }

    private static byte[] concat(byte[] a, String b) {
        return concat(a, b.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A place in a record where a value sits: an object's field or an array's element, at any depth. */
    private record Slot(JsonNode parent, String field, int index) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) o.set(field, value);
            else ((ArrayNode) parent).set(index, value);
        }

        void remove() {
            if (parent instanceof ObjectNode o) o.remove(field);
            else ((ArrayNode) parent).remove(index);
        }
    }

    private static void collect(JsonNode n, List<Slot> out) {
        if (n instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(f -> {
                out.add(new Slot(o, f, -1));
                collect(o.get(f), out);
            });
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a, null, i));
                collect(a.get(i), out);
            }
        }
    }
}

package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Optional;

/**
 * Where a fact comes from: a source id plus the table or section (and page) that prints it. A
 * citation of general knowledge says instead what it supplied (a date, coordinates…) and, where
 * one exists, its own reference (a dated press report).
 */
public record Citation(
        String sourceId,
        Optional<String> table,
        Optional<String> section,
        Optional<String> page,
        List<Supplied> supplies,
        Optional<LocalizedText> reference) {

    public Citation {
        supplies = List.copyOf(supplies);
    }

    public Citation(String sourceId, Optional<String> table, Optional<String> section, Optional<String> page) {
        this(sourceId, table, section, page, List.of(), Optional.empty());
    }

    /** Whether the fact is general knowledge rather than something a paper prints. */
    public boolean generalKnowledge() {
        return Source.GENERAL_KNOWLEDGE.equals(sourceId);
    }

    /** "Table 3", "§3.2" or "" — the locator a reader looks up in the paper. */
    public String locator() {
        StringBuilder sb = new StringBuilder();
        table.ifPresent(sb::append);
        section.ifPresent(
                s -> sb.append(sb.length() > 0 ? ", " : "").append("§").append(s));
        page.ifPresent(p -> sb.append(sb.length() > 0 ? ", " : "").append("p. ").append(p));
        return sb.toString();
    }
}

package org.longjiang.atlas.core.model;

import java.util.Optional;

/** Where a fact comes from: a source id plus the table or section (and page) that prints it. */
public record Citation(String sourceId, Optional<String> table, Optional<String> section, Optional<String> page) {

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

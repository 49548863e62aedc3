package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Optional;

/** A paper (or general knowledge) that the atlas cites. */
public record Source(
        String id,
        List<String> authors,
        Optional<Integer> year,
        String title,
        Optional<String> container,
        Optional<String> volume,
        Optional<String> issue,
        Optional<String> pages,
        Optional<String> publisher,
        Optional<String> doi,
        Optional<String> url,
        Optional<String> seed,
        java.util.Map<String, LocalizedText> tables) {

    public Source {
        authors = List.copyOf(authors);
        tables = java.util.Map.copyOf(tables);
    }

    /** The printed title of one of the paper's tables ("Table 7" → "E-commerce demonstration system"), if recorded. */
    public Optional<LocalizedText> tableTitle(String table) {
        return Optional.ofNullable(tables.get(table));
    }
}

package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A paper (or general knowledge) that the atlas cites. A paper's title is its own and is never
 * translated ({@code ownTitle}); a title the atlas wrote (general knowledge, an untitled paper, a
 * statistics office) is a text in every language.
 */
public record Source(
        String id,
        List<String> authors,
        Optional<Integer> year,
        LocalizedText title,
        boolean ownTitle,
        Optional<String> container,
        Optional<String> volume,
        Optional<String> issue,
        Optional<String> pages,
        Optional<String> publisher,
        Optional<String> doi,
        Optional<String> url,
        Optional<String> seed,
        java.util.Map<String, LocalizedText> tables) {

    /** The source of facts not in the papers; its citations name a topic ("pipeline route") as their section. */
    public static final String GENERAL_KNOWLEDGE = "general-knowledge";

    public Source {
        authors = List.copyOf(authors);
        tables = java.util.Map.copyOf(tables);
    }

    /** The printed title of one of the paper's tables ("Table 7" → "E-commerce demonstration system"), if recorded. */
    public Optional<LocalizedText> tableTitle(String table) {
        return Optional.ofNullable(tables.get(table));
    }
}

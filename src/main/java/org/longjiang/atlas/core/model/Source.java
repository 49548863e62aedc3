package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A paper (or general knowledge) that the atlas cites. A paper's title is its own and is never
 * translated ({@code ownTitle}); a title the atlas wrote (general knowledge, an untitled paper, a
 * statistics office) is a text in every language.
 *
 * @param year          the publication year as printed, if any
 * @param written       the year the paper's evidence dates from (its publication year, or the year worked
 *                      out from its content when none is printed): what it names existed by then
 * @param titleSupplied the paper prints no title: the atlas's title describes it and is cited in brackets
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
        Map<String, LocalizedText> tables,
        Optional<Integer> written,
        boolean titleSupplied) {

    /** The one source that is not a paper: facts the atlas adds from general knowledge, each saying what it supplies. */
    public static final String GENERAL_KNOWLEDGE = "general-knowledge";

    public Source {
        authors = List.copyOf(authors);
        tables = Map.copyOf(tables);
    }

    /** The printed title of one of the paper's tables ("Table 7" → "E-commerce demonstration system"), if recorded. */
    public Optional<LocalizedText> tableTitle(String table) {
        return Optional.ofNullable(tables.get(table));
    }

    public boolean generalKnowledge() {
        return GENERAL_KNOWLEDGE.equals(id);
    }

    /** The year what the paper names is attested by: its publication year, else the year its content dates from. */
    public Optional<Integer> evidenceYear() {
        return year.or(() -> written);
    }
}

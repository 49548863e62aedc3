package org.longjiang.atlas.core.io;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Source;

/** Reads a record of sources.json. */
final class SourceParser implements RecordParser<Source> {

    private static final Set<String> FIELDS = Set.of(
            "id",
            "authors",
            "year",
            "title",
            "container",
            "volume",
            "issue",
            "pages",
            "publisher",
            "doi",
            "url",
            "language",
            "seed",
            "tables",
            "written",
            "title_supplied");

    @Override
    public Optional<Source> parse(RecordReader r) {
        r.onlyFields(FIELDS);
        String id = r.requiredId();
        boolean ownTitle = r.node().path("title").isTextual();
        LocalizedText title = ownTitle ? LocalizedText.english(r.text("title")) : r.localized("title", List.of("en"));
        if (r.failed()) return Optional.empty();
        return Optional.of(new Source(
                id,
                r.idList("authors"),
                r.optInt("year"),
                title,
                ownTitle,
                r.optText("container"),
                r.optText("volume"),
                r.optText("issue"),
                r.optText("pages"),
                r.optText("publisher"),
                r.optText("doi"),
                r.optText("url"),
                r.optText("seed"),
                r.optLocalizedMap("tables"),
                r.optInt("written"),
                r.node().path("title_supplied").asBoolean(false)));
    }
}

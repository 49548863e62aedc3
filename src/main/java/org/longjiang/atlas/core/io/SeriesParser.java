package org.longjiang.atlas.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.Series;

/** Reads a record of series.json; values stay exactly as printed. */
final class SeriesParser implements RecordParser<Series> {

    @Override
    public Optional<Series> parse(RecordReader r) {
        String id = r.requiredId();
        var title = r.localized("title", java.util.List.of("en"));
        String unit = r.text("unit");
        Optional<Citation> source = r.citation("source");
        if (source.isEmpty()) r.fail("source", "every series must cite its paper and table");
        var observations = r.list("observations", e -> observation(r, e));
        if (observations.isEmpty()) r.fail("observations", "no usable observation");
        if (r.failed()) return Optional.empty();
        return Optional.of(new Series(
                id,
                title,
                r.optText("table_group"),
                r.optText("measure").orElse("value"),
                unit,
                r.optText("currency"),
                r.idList("subjects"),
                observations,
                source.get()));
    }

    private static Optional<Observation> observation(RecordReader r, RecordReader.Element e) {
        JsonNode n = e.node();
        var value = RecordReader.decimalOf(n.get("value"));
        if (!n.hasNonNull("period") || value.isEmpty()) {
            r.warn(e.field(), "an observation needs a period and a numeric value; ignored");
            return Optional.empty();
        }
        return Optional.of(new Observation(
                n.get("period").asText(),
                value.get(),
                n.hasNonNull("flag") ? Optional.of(n.get("flag").asText()) : Optional.empty()));
    }
}

package org.longjiang.atlas.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.Series;

/** Reads a record of series.json; values stay exactly as printed. */
final class SeriesParser implements RecordParser<Series> {
    static final List<String> MEASURES =
            List.of("total", "export", "import", "growth", "share", "count", "value", "rank");
    static final List<String> CURRENCIES = List.of("USD", "CNY", "RUB");
    /** How a printed value is qualified: "more than", "about", "at the start of the period". */
    static final List<String> FLAGS = List.of("lower_bound", "approximate", "beginning_of_period", "target");

    private static final Set<String> FIELDS =
            Set.of("id", "title", "table_group", "measure", "unit", "currency", "subjects", "observations", "source");
    private static final Set<String> OBSERVATION_FIELDS = Set.of("period", "value", "flag");

    @Override
    public Optional<Series> parse(RecordReader r) {
        r.onlyFields(FIELDS);
        String id = r.requiredId();
        var title = r.localized("title", List.of("en"));
        String unit = r.text("unit");
        String measure = r.oneOf("measure", MEASURES, false).orElse("value");
        Optional<String> currency = r.oneOf("currency", CURRENCIES, false);
        Optional<Citation> source = r.citation("source");
        if (source.isEmpty()) r.fail("source", "problem.seriesSource");
        var observations = r.list("observations", e -> observation(r, e));
        if (observations.isEmpty()) r.fail("observations", "problem.noObservation");
        if (r.failed()) return Optional.empty();
        return Optional.of(new Series(
                id,
                title,
                r.optText("table_group"),
                measure,
                unit,
                currency,
                r.idList("subjects"),
                observations,
                source.get()));
    }

    private static Optional<Observation> observation(RecordReader r, RecordReader.Element e) {
        JsonNode n = e.node();
        if (!n.isObject() || !n.path("period").isTextual() || !n.has("value")) {
            r.warn(e.field(), "problem.observation");
            return Optional.empty();
        }
        r.onlyFields(n, e.field() + ".", OBSERVATION_FIELDS);
        String period = n.get("period").asText();
        try {
            StrictDates.period(period);
        } catch (InvalidValue bad) {
            r.warn(e.field() + ".period", Values.ignored(bad.why()));
            return Optional.empty();
        }
        Optional<BigDecimal> value = Values.decimalOf(n.get("value"));
        if (value.isEmpty()) {
            r.warn(e.field() + ".value", Values.ignored(Values.notADecimal(n.get("value"))));
            return Optional.empty();
        }
        JsonNode flag = n.get("flag");
        if (flag != null && !flag.isNull() && !(flag.isTextual() && FLAGS.contains(flag.asText()))) {
            // A flag changes what the value means ("more than 95"): unread, the value would be misstated.
            r.warn(e.field() + ".flag", "problem.flag", Values.shown(flag), String.join(", ", FLAGS));
            return Optional.empty();
        }
        return Optional.of(new Observation(
                period, value.get(), flag == null || flag.isNull() ? Optional.empty() : Optional.of(flag.asText())));
    }
}

package org.longjiang.atlas.app.detail;

import java.util.Optional;
import java.util.OptionalDouble;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.ExchangeRate;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.query.MoneyUnit;
import org.longjiang.atlas.core.query.UnitConverter;
import org.longjiang.atlas.core.query.UnitConverter.Target;

/**
 * Money drawn in billions of US dollars or of yuan for comparison. Each point's hover text
 * names the printed value and the rate and year used; a value that cannot be converted (a period
 * over several years, a year without a rate) is left off the chart and stays in the table as
 * printed. Series that are not money are drawn as printed.
 */
final class ConvertedReading implements ValueReading {
    private final UnitConverter converter;
    private final DossierBuilder model;
    private final Target target;
    private final Messages m;
    private final ValueReading asPrinted;

    ConvertedReading(DossierBuilder model, Target target, Messages m) {
        this.model = model;
        this.converter = new UnitConverter(model.atlas());
        this.target = target;
        this.m = m;
        this.asPrinted = ValueReading.asPrinted(model, m);
    }

    @Override
    public OptionalDouble plotted(Series s, Observation o) {
        if (!UnitConverter.convertible(s)) return asPrinted.plotted(s, o);
        return converter
                .convert(s, o, target)
                .conversion()
                .map(c -> OptionalDouble.of(c.value().doubleValue()))
                .orElse(OptionalDouble.empty());
    }

    @Override
    public String unit(Series s) {
        return MoneyUnit.of(s)
                .map(u -> m.get("convert.unit", label(u), model.unit(s, m.language())))
                .orElseGet(() -> asPrinted.unit(s));
    }

    /** "billion US dollars": the unit values are drawn in, for a series printed in {@code printed}. */
    private String label(MoneyUnit printed) {
        return MoneyUnit.unitWords(
                target.scale().orElse(printed.multiplier()), target.currency().orElse(printed.currency()), m);
    }

    @Override
    public Optional<String> tipLine(Series s, Observation o) {
        if (!UnitConverter.convertible(s)) return Optional.empty();
        var result = converter.convert(s, o, target);
        if (result.conversion().isEmpty()) {
            return Optional.of(
                    m.get("convert.refused." + result.refusal().orElseThrow().name()));
        }
        var c = result.conversion().get();
        String shown = m.get(
                "convert.shown",
                m.number(c.value().stripTrailingZeros()),
                label(MoneyUnit.of(s).orElseThrow()));
        if (c.rates().isEmpty()) return Optional.of(m.get("convert.shownScaleOnly", shown));
        StringBuilder sb = new StringBuilder(shown);
        for (ExchangeRate r : c.rates()) {
            sb.append('\n')
                    .append(m.get(
                            "convert.rate",
                            m.number(r.perUsd()),
                            m.get("currency.code." + r.currency()),
                            r.year(),
                            model.shortSource(r.source(), m.language())));
        }
        return Optional.of(sb.toString());
    }
}

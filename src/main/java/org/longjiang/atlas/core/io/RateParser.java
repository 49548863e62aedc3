package org.longjiang.atlas.core.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.model.ExchangeRate;

/** Reads a record of rates.json. */
final class RateParser implements RecordParser<ExchangeRate> {
    private static final List<String> CURRENCIES = List.of("CNY", "RUB");
    private static final Set<String> FIELDS = Set.of("id", "year", "currency", "per_usd", "source");

    @Override
    public Optional<ExchangeRate> parse(RecordReader r) {
        r.onlyFields(FIELDS);
        String id = r.requiredId();
        int year = r.wholeNumber("year", 1990, 2100);
        String currency = r.text("currency");
        if (!currency.isEmpty() && !CURRENCIES.contains(currency))
            r.fail("currency", "problem.currency", String.join(", ", CURRENCIES), Values.quote(currency));
        Optional<BigDecimal> perUsd = r.requiredDecimal("per_usd");
        if (perUsd.isPresent() && perUsd.get().signum() <= 0) r.fail("per_usd", "problem.positive");
        var source = r.citation("source");
        if (source.isEmpty()) r.fail("source", "problem.rateSource");
        if (r.failed() || perUsd.isEmpty() || source.isEmpty()) return Optional.empty();
        return Optional.of(new ExchangeRate(id, year, currency, perUsd.get(), source.get()));
    }
}

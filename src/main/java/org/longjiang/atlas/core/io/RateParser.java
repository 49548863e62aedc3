package org.longjiang.atlas.core.io;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.model.ExchangeRate;

/** Reads a record of rates.json. */
final class RateParser implements RecordParser<ExchangeRate> {
    private static final Set<String> CURRENCIES = Set.of("CNY", "RUB");
    private static final Set<String> FIELDS = Set.of("id", "year", "currency", "per_usd", "source");

    @Override
    public Optional<ExchangeRate> parse(RecordReader r) {
        r.onlyFields(FIELDS);
        String id = r.requiredId();
        int year = r.wholeNumber("year", 1990, 2100);
        String currency = r.text("currency");
        if (!currency.isEmpty() && !CURRENCIES.contains(currency))
            r.fail("currency", "must be one of " + CURRENCIES + ", was " + currency);
        Optional<BigDecimal> perUsd = r.requiredDecimal("per_usd");
        if (perUsd.isPresent() && perUsd.get().signum() <= 0) r.fail("per_usd", "must be positive");
        var source = r.citation("source");
        if (source.isEmpty()) r.fail("source", "missing: a rate needs its publisher");
        if (r.failed() || perUsd.isEmpty() || source.isEmpty()) return Optional.empty();
        return Optional.of(new ExchangeRate(id, year, currency, perUsd.get(), source.get()));
    }
}

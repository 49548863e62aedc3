package org.longjiang.atlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.Series;
import org.longjiang.atlas.core.query.MoneyUnit;
import org.longjiang.atlas.core.query.UnitConverter;
import org.longjiang.atlas.core.query.UnitConverter.Refusal;
import org.longjiang.atlas.core.query.UnitConverter.Target;

/** The unit switch: every printed unit read (or refused) as money, conversions with the stated rate and year. */
class UnitConversionTest {
    final Atlas a = BundledAtlasTest.LOADED.atlas();
    final UnitConverter converter = new UnitConverter(a);
    static final BigDecimal BILLION = new BigDecimal("1000000000");
    static final Target BILLION_USD = new Target(Optional.of("USD"), Optional.of(BILLION));
    static final Target BILLION_CNY = new Target(Optional.of("CNY"), Optional.of(BILLION));

    private static Series series(String unit, String currency) {
        return new Series(
                "s",
                LocalizedText.english("s"),
                Optional.empty(),
                "value",
                unit,
                Optional.ofNullable(currency),
                List.of("china"),
                List.of(),
                new Citation("song2019-bri", Optional.of("Table 4"), Optional.empty(), Optional.empty()));
    }

    private static Observation at(String period, String value) {
        return new Observation(period, new BigDecimal(value), Optional.empty());
    }

    @Test
    void everyShippedUnitIsReadOrRefusedOnPurpose() {
        for (Series s : a.series()) {
            String u = s.unit().toLowerCase();
            boolean money = u.matches(".*(dollar|usd|yuan|ruble).*") && !u.startsWith("not printed");
            assertEquals(money, MoneyUnit.of(s).isPresent(), s.id() + ": " + s.unit());
        }
        assertEquals(
                new BigDecimal("100000000"),
                MoneyUnit.of(series("USD 100 million", "USD")).orElseThrow().multiplier());
        assertEquals(
                new BigDecimal("10000"),
                MoneyUnit.of(series("USD 10 thousand", "USD")).orElseThrow().multiplier());
        assertEquals(
                "CNY", MoneyUnit.of(series("trillion yuan", null)).orElseThrow().currency());
        assertTrue(
                MoneyUnit.of(series("billion yuan", "USD")).isEmpty(), "unit and currency field disagree: no reading");
    }

    @Test
    void scaleOnlyConversionsAreExactAndNeedNoRate() {
        var r = converter.convert(series("USD 100 million", "USD"), at("2022", "21350"), BILLION_USD);
        assertEquals(
                0, new BigDecimal("2135").compareTo(r.conversion().orElseThrow().value()));
        assertEquals(List.of(), r.conversion().orElseThrow().rates());
        var millions = converter
                .convert(
                        series("billion yuan", "CNY"),
                        at("2019", "186.59"),
                        new Target(Optional.empty(), Optional.of(new BigDecimal("1000000"))))
                .conversion()
                .orElseThrow();
        assertEquals(
                0, new BigDecimal("186590").compareTo(millions.value()), "billions ↔ millions, currency as printed");
        assertEquals("CNY", millions.currency());
        var keepScale = converter
                .convert(
                        series("USD 100 million", "USD"),
                        at("2018", "21"),
                        new Target(Optional.of("CNY"), Optional.empty()))
                .conversion()
                .orElseThrow();
        assertEquals(
                "100 million",
                MoneyUnit.scaleWords(keepScale.multiplier(), Messages.english()),
                "the printed scale is kept when only the currency changes");
    }

    @Test
    void currencyConversionsUseTheYearsAverageRateAndSayWhich() {
        var r = converter
                .convert(series("billion yuan", "CNY"), at("2019", "127.07"), BILLION_USD)
                .conversion()
                .orElseThrow();
        assertEquals(1, r.rates().size());
        assertEquals(2019, r.rates().get(0).year());
        assertEquals(0, new BigDecimal("6.8985").compareTo(r.rates().get(0).perUsd()));
        assertEquals(
                0, new BigDecimal("18.4199").compareTo(r.value()), r.value().toPlainString());
        var back = converter
                .convert(series("million U.S. dollars", "USD"), at("2017", "800"), BILLION_CNY)
                .conversion()
                .orElseThrow();
        assertEquals(
                0,
                new BigDecimal("5.40144").compareTo(back.value()),
                back.value().toPlainString());
    }

    @Test
    void periodsAcrossYearsAndYearsWithoutARateAreRefused() {
        assertEquals(
                Refusal.SEVERAL_YEARS,
                converter
                        .convert(series("billion yuan", "CNY"), at("2015/2017", "1"), BILLION_USD)
                        .refusal()
                        .orElseThrow());
        assertEquals(
                Refusal.SEVERAL_YEARS,
                converter
                        .convert(series("billion yuan", "CNY"), at("../2017-12", "1"), BILLION_USD)
                        .refusal()
                        .orElseThrow());
        assertTrue(converter
                .convert(series("billion yuan", "CNY"), at("2017-01/2017-06", "1"), BILLION_USD)
                .conversion()
                .isPresent());
        assertEquals(
                Refusal.NO_RATE,
                converter
                        .convert(series("billion yuan", "CNY"), at("1999", "1"), BILLION_USD)
                        .refusal()
                        .orElseThrow());
        assertEquals("", MoneyUnit.scaleWords(BigDecimal.ONE, Messages.english()));
        assertEquals(
                Refusal.NOT_MONEY,
                converter
                        .convert(
                                series("not printed (values match 100 million US dollars, cf. Table 4)", null),
                                at("2018", "1"),
                                BILLION_USD)
                        .refusal()
                        .orElseThrow());
    }
}

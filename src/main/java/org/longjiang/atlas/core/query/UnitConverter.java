package org.longjiang.atlas.core.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.ExchangeRate;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.PartialDate;
import org.longjiang.atlas.core.model.Series;

/**
 * Converts a printed amount of money into billions of US dollars or of yuan, for comparison only:
 * the printed value is never replaced, and a conversion across currencies uses the annual
 * average rate of the observation's year, which it names. A period spanning several years has
 * no single rate and is not converted.
 */
public final class UnitConverter {
    /** What money can be shown in: a currency (or the printed one) and a scale (or the printed one). */
    public record Target(Optional<String> currency, Optional<BigDecimal> scale) {
        public static final Target AS_PRINTED = new Target(Optional.empty(), Optional.empty());

        public boolean asPrinted() {
            return currency.isEmpty() && scale.isEmpty();
        }
    }

    /**
     * A converted value with what it took: the value in {@code multiplier} units of {@code currency},
     * and the rates used (none when only the scale changed; two from rubles to yuan).
     */
    public record Conversion(BigDecimal value, String currency, BigDecimal multiplier, List<ExchangeRate> rates) {
        public Conversion {
            rates = List.copyOf(rates);
        }
    }

    /** Why a value could not be converted. */
    public enum Refusal {
        NOT_MONEY,
        SEVERAL_YEARS,
        NO_RATE
    }

    /** Either a conversion or the reason there is none. */
    public record Result(Optional<Conversion> conversion, Optional<Refusal> refusal) {
        static Result of(Conversion c) {
            return new Result(Optional.of(c), Optional.empty());
        }

        static Result refused(Refusal r) {
            return new Result(Optional.empty(), Optional.of(r));
        }
    }

    private static final MathContext DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

    private final Atlas atlas;

    public UnitConverter(Atlas atlas) {
        this.atlas = atlas;
    }

    /** Whether the series is money at all, so that a switch of units means something for it. */
    public static boolean convertible(Series s) {
        return MoneyUnit.of(s).isPresent();
    }

    public Result convert(Series s, Observation o, Target target) {
        Optional<MoneyUnit> unit = MoneyUnit.of(s);
        if (unit.isEmpty()) return Result.refused(Refusal.NOT_MONEY);
        BigDecimal amount = o.value().multiply(unit.get().multiplier());
        String from = unit.get().currency(), to = target.currency().orElse(from);
        BigDecimal multiplier = target.scale().orElse(unit.get().multiplier());
        List<ExchangeRate> rates = new ArrayList<>();
        if (!from.equals(to)) {
            Optional<Integer> year = yearOf(o.period());
            if (year.isEmpty()) return Result.refused(Refusal.SEVERAL_YEARS);
            BigDecimal usd;
            if (from.equals("USD")) {
                usd = amount;
            } else {
                Optional<ExchangeRate> r = atlas.rate(from, year.get());
                if (r.isEmpty()) return Result.refused(Refusal.NO_RATE);
                usd = amount.divide(r.get().perUsd(), DIGITS);
                rates.add(r.get());
            }
            if (to.equals("USD")) {
                amount = usd;
            } else {
                Optional<ExchangeRate> r = atlas.rate(to, year.get());
                if (r.isEmpty()) return Result.refused(Refusal.NO_RATE);
                amount = usd.multiply(r.get().perUsd());
                rates.add(r.get());
            }
        }
        return Result.of(new Conversion(amount.divide(multiplier, DIGITS), to, multiplier, rates));
    }

    /** The one calendar year a period lies in: "2018", "2019-12", "2017-01/2017-06"; none for "2015/2017" or "../2017-12". */
    static Optional<Integer> yearOf(String period) {
        String[] ends = period.split("/");
        try {
            if (ends.length == 1) return Optional.of(PartialDate.parse(ends[0]).year());
            if (ends.length == 2 && !ends[0].startsWith("..")) {
                int a = PartialDate.parse(ends[0]).year(),
                        b = PartialDate.parse(ends[1]).year();
                return a == b ? Optional.of(a) : Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}

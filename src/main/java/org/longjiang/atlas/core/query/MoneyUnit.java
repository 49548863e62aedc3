package org.longjiang.atlas.core.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Series;

/**
 * A printed unit read as an amount of money: a multiplier and a currency ("billion US dollars" =
 * 10⁹ USD, "USD 100 million" = 10⁸ USD, "million yuan" = 10⁶ CNY). A unit the paper did not print
 * ("not printed (values match 100 million US dollars…)") is not read as money: converting it
 * would put words in the paper's mouth.
 */
public record MoneyUnit(BigDecimal multiplier, String currency) {
    private static final Pattern SCALE = Pattern.compile("(?:(\\d+)\\s+)?(thousand|million|billion|trillion)");

    /** The series' unit as money, if it names a currency and no other reading contradicts it. */
    public static Optional<MoneyUnit> of(Series s) {
        String unit = s.unit().toLowerCase(Locale.ROOT);
        if (unit.startsWith("not printed")) return Optional.empty();
        Optional<String> named = currencyIn(unit);
        if (named.isEmpty()) return Optional.empty();
        // The record's currency field and the printed unit must agree; if they do not, which is right is unknown.
        if (s.currency().isPresent() && !s.currency().get().equals(named.get())) return Optional.empty();
        return Optional.of(new MoneyUnit(multiplier(unit), named.get()));
    }

    /**
     * How a multiplier is written before a currency: "billion", "100 million" / "十亿", "亿" / "млрд",
     * "100 млн"; empty for one. A multiplier the bundles have no word for is written as a number.
     */
    public static String scaleWords(BigDecimal multiplier, Messages m) {
        if (multiplier.compareTo(BigDecimal.ONE) == 0) return "";
        BigDecimal plain = multiplier.stripTrailingZeros();
        String key = "money.scale.e" + (-plain.scale());
        return plain.unscaledValue().equals(BigInteger.ONE) && m.has(key) ? m.get(key) : m.number(multiplier);
    }

    /** "billion US dollars" / "十亿美元" / "млрд долларов США": an amount's unit in the reader's language. */
    public static String unitWords(BigDecimal multiplier, String currency, Messages m) {
        String scale = scaleWords(multiplier, m);
        return scale.isEmpty()
                ? m.get("currency." + currency)
                : m.get("money.amount", scale, m.get("money.currency." + currency));
    }

    private static Optional<String> currencyIn(String unit) {
        if (unit.contains("yuan") || unit.contains("rmb") || unit.contains("cny")) return Optional.of("CNY");
        if (unit.contains("ruble") || unit.contains("rouble") || unit.contains("rub")) return Optional.of("RUB");
        if (unit.contains("dollar") || unit.contains("usd")) return Optional.of("USD");
        return Optional.empty();
    }

    private static BigDecimal multiplier(String unit) {
        Matcher m = SCALE.matcher(unit);
        if (!m.find()) return BigDecimal.ONE;
        BigDecimal base = switch (m.group(2)) {
            case "thousand" -> BigDecimal.TEN.pow(3);
            case "million" -> BigDecimal.TEN.pow(6);
            case "billion" -> BigDecimal.TEN.pow(9);
            default -> BigDecimal.TEN.pow(12);
        };
        return m.group(1) == null ? base : base.multiply(new BigDecimal(m.group(1)));
    }
}

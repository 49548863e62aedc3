package org.longjiang.atlas.core.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.Series;

/**
 * Checks the arithmetic of printed tables: in every table group with a total, an export and an
 * import column, total must equal export + import within the rounding of the printed digits.
 * It reports findings; it never changes a value.
 */
public final class SeriesConsistency {

    /** A row whose printed total is not export + import. */
    public record Mismatch(
            String tableGroup,
            String period,
            BigDecimal total,
            BigDecimal sum,
            String totalSeries,
            String exportSeries,
            String importSeries) {}

    private SeriesConsistency() {}

    public static List<Mismatch> totalsVersusParts(Atlas atlas) {
        Map<String, Map<String, Series>> groups = new LinkedHashMap<>();
        for (Series s : atlas.series()) {
            s.tableGroup()
                    .ifPresent(g -> groups.computeIfAbsent(g, k -> new LinkedHashMap<>())
                            .putIfAbsent(s.measure(), s));
        }
        List<Mismatch> out = new ArrayList<>();
        groups.forEach((group, byMeasure) -> {
            Series total = byMeasure.get("total"), ex = byMeasure.get("export"), im = byMeasure.get("import");
            if (total == null || ex == null || im == null) return;
            for (Observation t : total.observations()) {
                Optional<BigDecimal> e = value(ex, t.period()), i = value(im, t.period());
                if (e.isEmpty() || i.isEmpty()) continue;
                BigDecimal sum = e.get().add(i.get());
                if (t.value().subtract(sum).abs().compareTo(tolerance(t.value(), e.get(), i.get())) > 0) {
                    out.add(new Mismatch(group, t.period(), t.value(), sum, total.id(), ex.id(), im.id()));
                }
            }
        });
        return out;
    }

    /** Each printed value may be off by half a unit of its last digit; the three errors can add up. */
    static BigDecimal tolerance(BigDecimal... printed) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal p : printed)
            sum = sum.add(BigDecimal.ONE.movePointLeft(Math.max(0, p.scale())).multiply(new BigDecimal("0.5")));
        return sum;
    }

    private static Optional<BigDecimal> value(Series s, String period) {
        return s.observations().stream()
                .filter(o -> o.period().equals(period))
                .map(Observation::value)
                .findFirst();
    }
}

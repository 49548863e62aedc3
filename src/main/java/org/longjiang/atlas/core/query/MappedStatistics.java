package org.longjiang.atlas.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.Series;

/**
 * The printed tables that give one value per partner place a year (the province's trade with each
 * Northeast Asian country, its inbound tourists by country), so the map can size the places by
 * the chosen year's value. Only what a table prints for that very year is shown.
 */
public final class MappedStatistics {
    /** One such column: its series by the partner place they describe. */
    public record Statistic(String id, Series first, Map<String, Series> byPlace) {
        /** The value printed for the place in the year, if the table prints one. */
        public Optional<Observation> valueIn(String placeId, int year) {
            Series s = byPlace.get(placeId);
            return s == null ? Optional.empty() : StatTable.at(s, String.valueOf(year));
        }

        /** The last year the column prints a value for. */
        public int lastYear() {
            return byPlace.values().stream()
                    .flatMap(s -> s.observations().stream())
                    .mapToInt(o -> Periods.endYear(o.period()))
                    .max()
                    .orElse(0);
        }

        /**
         * The circles for a year (with none, the last printed year): one per place the table prints a
         * value for, its area proportional to the value against the largest the column prints in any
         * year, so circles grow and shrink as the slider moves; never smaller than {@code minRadius}.
         */
        public List<Circle> circles(Optional<Integer> year, double maxRadius, double minRadius) {
            int y = year.orElse(lastYear());
            double max = byPlace.values().stream()
                    .flatMap(s -> s.observations().stream())
                    .mapToDouble(o -> Math.abs(o.value().doubleValue()))
                    .max()
                    .orElse(1);
            List<Circle> out = new ArrayList<>();
            byPlace.forEach((placeId, series) -> valueIn(placeId, y)
                    .ifPresent(o -> out.add(new Circle(
                            placeId,
                            series,
                            o,
                            Math.max(
                                    minRadius,
                                    maxRadius * Math.sqrt(Math.abs(o.value().doubleValue()) / max))))));
            out.sort(Comparator.comparing(Circle::placeId));
            return out;
        }
    }

    /** A proportional circle: the place, the series and printed value it shows, and its radius in pixels. */
    public record Circle(String placeId, Series series, Observation value, double radius) {}

    private static final int MIN_PLACES = 3;

    private MappedStatistics() {}

    /** The mappable columns about {@code hub}'s partners (growth rates left out: a size cannot show a sign). */
    public static List<Statistic> of(Atlas atlas, String hub) {
        Map<String, Map<String, Series>> columns = new LinkedHashMap<>();
        Map<String, Series> firsts = new LinkedHashMap<>();
        for (Series s : atlas.series()) {
            if (s.measure().equals("growth")
                    || s.subjects().size() != 2
                    || !s.subjects().contains(hub)) continue;
            String partner = s.subjects().get(0).equals(hub)
                    ? s.subjects().get(1)
                    : s.subjects().get(0);
            if (atlas.place(partner).isEmpty()) continue;
            String key = s.tableGroup().orElse(s.id()) + ":" + s.measure() + ":" + s.unit();
            columns.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(partner, s);
            firsts.putIfAbsent(key, s);
        }
        List<Statistic> out = new ArrayList<>();
        columns.forEach((key, byPlace) -> {
            if (byPlace.size() >= MIN_PLACES) out.add(new Statistic(key, firsts.get(key), Map.copyOf(byPlace)));
        });
        return out;
    }
}

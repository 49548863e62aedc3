package org.longjiang.atlas.core.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The whole atlas content, with lookups by id. */
public final class Atlas {
    /** The province the atlas is about: its dossier is the map background's, its framing the home view. */
    public static final String PROVINCE_ID = "heilongjiang";

    private final Map<String, Source> sources;
    private final Map<String, Place> places;
    private final Map<String, Link> links;
    private final Map<String, Series> series;
    private final Map<String, PolicyEvent> events;
    private final Map<String, DataNote> notes;
    private final List<ExchangeRate> rates;
    private final Map<String, Tour> tours;
    private final Glossary glossary;

    public Atlas(
            List<Source> sources,
            List<Place> places,
            List<Link> links,
            List<Series> series,
            List<PolicyEvent> events,
            List<DataNote> notes) {
        this(sources, places, links, series, events, notes, List.of(), List.of(), Glossary.EMPTY);
    }

    public Atlas(
            List<Source> sources,
            List<Place> places,
            List<Link> links,
            List<Series> series,
            List<PolicyEvent> events,
            List<DataNote> notes,
            List<ExchangeRate> rates,
            List<Tour> tours,
            Glossary glossary) {
        this.glossary = glossary;
        this.rates = List.copyOf(rates);
        this.tours = index(tours, Tour::id);
        this.sources = index(sources, Source::id);
        this.places = index(places, Place::id);
        this.links = index(links, Link::id);
        this.series = index(series, Series::id);
        this.events = index(events, PolicyEvent::id);
        this.notes = index(notes, DataNote::id);
    }

    public static Atlas empty() {
        return new Atlas(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) m.putIfAbsent(id.apply(t), t);
        return Collections.unmodifiableMap(m);
    }

    public Collection<Source> sources() {
        return sources.values();
    }

    public Collection<Place> places() {
        return places.values();
    }

    public Collection<Link> links() {
        return links.values();
    }

    public Collection<Series> series() {
        return series.values();
    }

    public Collection<PolicyEvent> events() {
        return events.values();
    }

    public Collection<DataNote> notes() {
        return notes.values();
    }

    public List<ExchangeRate> rates() {
        return rates;
    }

    public Collection<Tour> tours() {
        return tours.values();
    }

    /** The translations of units, figure names and cited sections. */
    public Glossary glossary() {
        return glossary;
    }

    public Optional<Tour> tour(String id) {
        return Optional.ofNullable(tours.get(id));
    }

    /** The annual average rate of a currency against the US dollar in a year, if the atlas holds it. */
    public Optional<ExchangeRate> rate(String currency, int year) {
        return rates.stream()
                .filter(r -> r.currency().equals(currency) && r.year() == year)
                .findFirst();
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public Optional<Place> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    public Optional<Link> link(String id) {
        return Optional.ofNullable(links.get(id));
    }

    /** The place or link with this id. */
    public Optional<Subject> subject(String id) {
        return id == null ? Optional.empty() : place(id).<Subject>map(p -> p).or(() -> link(id));
    }

    public Optional<Series> seriesById(String id) {
        return Optional.ofNullable(series.get(id));
    }

    /** The coordinates of every waypoint of a link, places resolved; unknown place ids are skipped. */
    public List<LatLon> course(Link link) {
        return link.path().stream()
                .flatMap(w ->
                        w.position().or(() -> w.placeId().flatMap(this::place).map(Place::position)).stream())
                .toList();
    }
}

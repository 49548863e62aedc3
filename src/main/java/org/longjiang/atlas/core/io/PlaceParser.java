package org.longjiang.atlas.core.io;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.longjiang.atlas.core.model.Extent;
import org.longjiang.atlas.core.model.LatLon;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.PlaceKind;
import org.longjiang.atlas.core.model.Precision;

/** Reads a record of places.json. */
final class PlaceParser implements RecordParser<Place> {
    private static final Set<String> FIELDS = Set.of(
            "id",
            "names",
            "kind",
            "country",
            "lat",
            "lon",
            "extent",
            "precision",
            "opened",
            "status",
            "lifecycle",
            "depends_on",
            "counterpart",
            "priority",
            "description",
            "sources");
    static final double MAX_LAT = 85;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** The kinds that are areas, framed by their extent rather than centred on a point. */
    private static final Set<PlaceKind> AREAS = Set.of(PlaceKind.PROVINCE, PlaceKind.COUNTRY);

    @Override
    public Optional<Place> parse(RecordReader r) {
        r.onlyFields(FIELDS);
        String id = r.requiredId();
        LocalizedText names = r.names("names");
        PlaceKind kind = r.enumValue("kind", PlaceKind.class);
        // The map is Web Mercator: beyond ±85° a place cannot be drawn (at 90° the scale bar reads 1.0E-14 km).
        double lat = r.number("lat", -MAX_LAT, MAX_LAT);
        double lon = r.number("lon", -180, 180);
        if (r.failed()) return Optional.empty();
        int priority = r.optInt("priority").orElse(3);
        if (priority < 1 || priority > 5) {
            r.warn("priority", "problem.priority", priority);
            priority = 3;
        }
        String country = r.optText("country").orElse("");
        if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
            r.warn("country", "problem.country", Values.quote(country));
            country = "";
        }
        Optional<Extent> extent = r.optExtent("extent");
        if (extent.isPresent() && !AREAS.contains(kind)) {
            r.warn("extent", "problem.extentNotArea");
            extent = Optional.empty();
        }
        return Optional.of(new Place(
                id,
                names,
                kind,
                country,
                new LatLon(lat, lon),
                r.optEnum("precision", Precision.class, Precision.APPROXIMATE),
                LifecycleParser.lifecycle(r),
                LifecycleParser.status(r),
                r.optText("counterpart"),
                priority,
                r.optLocalized("description"),
                r.citations("sources"),
                extent));
    }
}

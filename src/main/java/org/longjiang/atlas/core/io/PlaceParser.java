package org.longjiang.atlas.core.io;

import java.util.List;
import java.util.Optional;
import org.longjiang.atlas.core.model.LatLon;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.PlaceKind;
import org.longjiang.atlas.core.model.Precision;

/** Reads a record of places.json. */
final class PlaceParser implements RecordParser<Place> {
    static final List<String> NAME_LANGUAGES = List.of("en", "zh", "ru");

    @Override
    public Optional<Place> parse(RecordReader r) {
        String id = r.requiredId();
        LocalizedText names = r.localized("names", NAME_LANGUAGES);
        PlaceKind kind = r.enumValue("kind", PlaceKind.class);
        double lat = r.number("lat", -90, 90);
        double lon = r.number("lon", -180, 180);
        if (r.failed()) return Optional.empty();
        int priority = r.optInt("priority").orElse(3);
        if (priority < 1 || priority > 5) {
            r.warn("priority", "must be 1..5, was " + priority + "; using 3");
            priority = 3;
        }
        return Optional.of(new Place(
                id,
                names,
                kind,
                r.optText("country").orElse(""),
                new LatLon(lat, lon),
                r.optEnum("precision", Precision.class, Precision.APPROXIMATE),
                LifecycleParser.lifecycle(r),
                LifecycleParser.status(r),
                r.optText("counterpart"),
                priority,
                r.optLocalized("description"),
                r.citations("sources"),
                r.optExtent("extent")));
    }
}

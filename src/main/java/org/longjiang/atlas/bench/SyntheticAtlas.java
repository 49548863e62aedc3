package org.longjiang.atlas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.LatLon;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.Place;
import org.longjiang.atlas.core.model.Waypoint;

/** The atlas multiplied: copies of every place and link, jittered by up to a degree, for load tests. */
final class SyntheticAtlas {
    private SyntheticAtlas() {}

    static Atlas times(Atlas a, int factor, long seed) {
        Random rnd = new Random(seed);
        List<Place> places = new ArrayList<>(a.places());
        List<Link> links = new ArrayList<>(a.links());
        for (int k = 1; k < factor; k++) {
            String suffix = "-x" + k;
            double dLat = rnd.nextDouble() * 2 - 1, dLon = rnd.nextDouble() * 2 - 1;
            for (Place p : a.places()) {
                places.add(new Place(
                        p.id() + suffix,
                        p.names(),
                        p.kind(),
                        p.country(),
                        shift(p.position(), dLat, dLon),
                        p.precision(),
                        p.lifecycle(),
                        p.status(),
                        p.counterpartId().map(c -> c + suffix),
                        p.priority(),
                        p.description(),
                        p.sources()));
            }
            for (Link l : a.links()) {
                List<Waypoint> path = l.path().stream()
                        .map(w -> w.placeId().isPresent()
                                ? Waypoint.place(w.placeId().get() + suffix)
                                : Waypoint.at(shift(w.position().orElseThrow(), dLat, dLon)))
                        .toList();
                links.add(new Link(
                        l.id() + suffix,
                        l.names(),
                        l.kind(),
                        path,
                        l.geometry(),
                        l.lifecycle(),
                        l.status(),
                        l.figures(),
                        l.description(),
                        l.sources(),
                        l.dependsOn().stream().map(d -> d + suffix).toList()));
            }
        }
        return new Atlas(
                List.copyOf(a.sources()),
                places,
                links,
                List.copyOf(a.series()),
                List.copyOf(a.events()),
                List.copyOf(a.notes()));
    }

    private static LatLon shift(LatLon p, double dLat, double dLon) {
        return new LatLon(Math.max(-85, Math.min(85, p.lat() + dLat)), Math.max(-180, Math.min(180, p.lon() + dLon)));
    }
}

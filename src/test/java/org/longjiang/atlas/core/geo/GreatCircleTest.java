package org.longjiang.atlas.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.model.LatLon;

class GreatCircleTest {
    static final LatLon HARBIN = new LatLon(45.7567, 126.6424);
    static final LatLon YEKATERINBURG = new LatLon(56.8389, 60.6057);

    @Test
    void distanceHarbinYekaterinburg() {
        // 4,558.9 km by an independent haversine computation (R = 6371.0088 km)
        assertEquals(4558.9, GreatCircle.distanceKm(HARBIN, YEKATERINBURG), 0.1);
        assertEquals(0, GreatCircle.distanceKm(HARBIN, HARBIN), 1e-9);
    }

    @Test
    void arcStartsAndEndsAtItsEndsAndBowsTowardsThePole() {
        List<LatLon> arc = GreatCircle.arc(HARBIN, YEKATERINBURG, 50);
        assertEquals(HARBIN.lat(), arc.get(0).lat(), 1e-9);
        assertEquals(YEKATERINBURG.lon(), arc.get(arc.size() - 1).lon(), 1e-9);
        assertTrue(arc.size() > 80);
        LatLon mid = arc.get(arc.size() / 2);
        double straightLat = (HARBIN.lat() + YEKATERINBURG.lat()) / 2;
        assertTrue(mid.lat() > straightLat + 3, "a great circle in the northern hemisphere bows north: " + mid);
        assertEquals(GreatCircle.distanceKm(HARBIN, YEKATERINBURG), GreatCircle.lengthKm(arc), 1);
    }

    @Test
    void viewportFitsAllPoints() {
        Viewport v = Viewport.fit(List.of(HARBIN, YEKATERINBURG), 1000, 600, 50, 12);
        double world = WebMercator.worldSize(v.zoom());
        double spanX = (WebMercator.x(HARBIN.lon()) - WebMercator.x(YEKATERINBURG.lon())) * world;
        assertTrue(spanX <= 900 + 1e-6 && spanX > 850, "fills the usable width: " + spanX);
        assertTrue(v.lon() > 60 && v.lon() < 127);
    }
}

package org.longjiang.atlas.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.io.AtlasLoader;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.LatLon;
import org.longjiang.atlas.core.model.Subject;

class FramingTest {
    static final Atlas ATLAS = AtlasLoader.loadBundled().atlas();

    static Viewport frame(String id, double w, double h) {
        Subject s = ATLAS.subject(id).orElseThrow();
        return Framing.of(ATLAS, s, w, h);
    }

    /** Whether a position lies inside the view of a {@code w × h} map. */
    static boolean inView(Viewport v, double lat, double lon, double w, double h) {
        double world = WebMercator.worldSize(v.zoom());
        double x = (WebMercator.x(lon) - WebMercator.x(v.lon())) * world;
        double y = (WebMercator.y(lat) - WebMercator.y(v.lat())) * world;
        return Math.abs(x) <= w / 2 && Math.abs(y) <= h / 2;
    }

    @Test
    void aCountryIsFramedWhole() {
        Viewport russia = frame("russia", 1920, 864);
        assertEquals(3, russia.zoom(), "all of Russia, Kaliningrad aside, fits a slide at zoom 3 (869 × 468 px)");
        for (LatLon corner :
                ATLAS.place("russia").orElseThrow().extent().orElseThrow().corners()) {
            assertTrue(inView(russia, corner.lat(), corner.lon(), 1920, 864), corner.toString());
        }
        assertTrue(inView(russia, 55.76, 37.62, 1920, 864), "Moscow");
        assertTrue(inView(russia, 43.12, 131.89, 1920, 864), "Vladivostok");
    }

    @Test
    void theProvinceIsFramedByItsExtent() {
        Viewport hlj = frame(Atlas.PROVINCE_ID, 1440, 900);
        assertEquals(6, hlj.zoom(), "632 × 699 px at zoom 6; at 7 it would not fit");
        assertEquals(5, frame(Atlas.PROVINCE_ID, 1000, 700).zoom(), "the window's map beside the dossier");
        assertTrue(inView(hlj, 53.47, 122.35, 1440, 900), "Mohe, the northern tip");
        assertTrue(inView(hlj, 44.4, 131.15, 1440, 900), "Suifenhe");
    }

    @Test
    void aPlaceIsCentredAtPlaceZoom() {
        Viewport heihe = frame("heihe", 1920, 1080);
        var p = ATLAS.place("heihe").orElseThrow().position();
        assertEquals(new Viewport(p.lat(), p.lon(), Framing.PLACE_ZOOM), heihe);
    }

    @Test
    void aLinkFitsItsCourseInWholeZoomLevels() {
        var link = ATLAS.link("harbin-yekaterinburg-air").orElseThrow();
        Viewport v = frame(link.id(), 1920, 1080);
        assertEquals(Math.floor(v.zoom()), v.zoom());
        for (LatLon p : ATLAS.course(link)) assertTrue(inView(v, p.lat(), p.lon(), 1920, 1080), p.toString());
    }

    @Test
    void zoomIsClampedToTheAtlasRange() {
        assertEquals(Framing.MIN_ZOOM, Framing.clampZoom(-3));
        assertEquals(Framing.MAX_ZOOM, Framing.clampZoom(40));
    }
}

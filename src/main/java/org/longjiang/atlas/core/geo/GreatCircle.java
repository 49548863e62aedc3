package org.longjiang.atlas.core.geo;

import java.util.ArrayList;
import java.util.List;
import org.longjiang.atlas.core.model.LatLon;

/** Great-circle distances and arcs on a spherical Earth (R = 6371 km). */
public final class GreatCircle {
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {}

    public static double distanceKm(LatLon a, LatLon b) {
        double p1 = Math.toRadians(a.lat()), p2 = Math.toRadians(b.lat());
        double dp = p2 - p1, dl = Math.toRadians(b.lon() - a.lon());
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Points along the shortest path from a to b, both ends included; one point every ~stepKm. */
    public static List<LatLon> arc(LatLon a, LatLon b, double stepKm) {
        double d = distanceKm(a, b) / EARTH_RADIUS_KM;
        int n = Math.max(1, (int) Math.ceil(d * EARTH_RADIUS_KM / stepKm));
        List<LatLon> out = new ArrayList<>(n + 1);
        if (d < 1e-9) {
            out.add(a);
            out.add(b);
            return out;
        }
        double p1 = Math.toRadians(a.lat()), l1 = Math.toRadians(a.lon());
        double p2 = Math.toRadians(b.lat()), l2 = Math.toRadians(b.lon());
        for (int i = 0; i <= n; i++) {
            double f = (double) i / n;
            double s1 = Math.sin((1 - f) * d) / Math.sin(d), s2 = Math.sin(f * d) / Math.sin(d);
            double x = s1 * Math.cos(p1) * Math.cos(l1) + s2 * Math.cos(p2) * Math.cos(l2);
            double y = s1 * Math.cos(p1) * Math.sin(l1) + s2 * Math.cos(p2) * Math.sin(l2);
            double z = s1 * Math.sin(p1) + s2 * Math.sin(p2);
            out.add(new LatLon(Math.toDegrees(Math.atan2(z, Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x))));
        }
        return out;
    }

    /** Total length of a course along its segments (each segment a great circle). */
    public static double lengthKm(List<LatLon> course) {
        double sum = 0;
        for (int i = 1; i < course.size(); i++) sum += distanceKm(course.get(i - 1), course.get(i));
        return sum;
    }
}

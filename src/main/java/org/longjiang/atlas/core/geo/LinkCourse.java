package org.longjiang.atlas.core.geo;

import java.util.ArrayList;
import java.util.List;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.LatLon;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.LinkKind;

/** The points a link is drawn through: air routes as great circles, the rest along their waypoints. */
public final class LinkCourse {
    private static final double ARC_STEP_KM = 60;

    private LinkCourse() {}

    /** The course as drawn and exported: waypoints, with air legs densified into great circles. */
    public static List<LatLon> of(Atlas atlas, Link link) {
        List<LatLon> course = atlas.course(link);
        if (link.kind() != LinkKind.AIR || course.size() < 2) return course;
        List<LatLon> out = new ArrayList<>();
        for (int i = 1; i < course.size(); i++) {
            List<LatLon> arc = GreatCircle.arc(course.get(i - 1), course.get(i), ARC_STEP_KM);
            out.addAll(i == 1 ? arc : arc.subList(1, arc.size()));
        }
        return out;
    }
}

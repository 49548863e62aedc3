package org.longjiang.atlas.core.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.longjiang.atlas.core.model.DataNote;
import org.longjiang.atlas.core.model.EventKind;
import org.longjiang.atlas.core.model.PolicyEvent;
import org.longjiang.atlas.core.query.ProvinceOverview;
import org.longjiang.atlas.core.query.StatTable;

/**
 * Everything a dossier shows for one subject, in parts each built once: the header, the printed
 * tables, the policy timeline by kind, the data notes about them, the papers behind it all, and for
 * the province the overview of the five links.
 */
public record Dossier(
        Header header,
        List<StatTable> tables,
        Map<EventKind, List<PolicyEvent>> timeline,
        List<DataNote> notes,
        List<Reference> references,
        Overview overview) {

    /** Names, kind, status, opening, description, related subjects and facts of the subject. */
    public record Header(
            String id,
            String title,
            List<String> otherNames,
            String kind,
            String status,
            Optional<String> opened,
            String description,
            Related related,
            List<String> facts) {}

    /** The subjects one click away: a border port's counterpart, a route's places. */
    public record Related(String heading, List<Ref> subjects) {}

    /** A place or link the dossier can jump to. */
    public record Ref(String id, String name) {}

    /** A paper behind the dossier, formatted both ways, with the tables and sections it is cited for. */
    public record Reference(String sourceId, String apa, String gbt7714, List<String> locators) {}

    /** The province's five links and the places each printed table lists; empty for any other subject. */
    public record Overview(List<ProvinceOverview.Part> parts, List<ProvinceOverview.TabledSubjects> tabled) {
        public static final Overview NONE = new Overview(List.of(), List.of());

        public boolean isEmpty() {
            return parts.isEmpty() && tabled.isEmpty();
        }
    }

    public String id() {
        return header.id();
    }

    public String title() {
        return header.title();
    }
}

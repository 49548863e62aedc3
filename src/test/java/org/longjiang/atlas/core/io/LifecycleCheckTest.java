package org.longjiang.atlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code check}'s history rules, each broken once by a record of the "broken-history" fixture. */
class LifecycleCheckTest {

    @Test
    void everyRuleIsReportedWithFileRecordAndField() {
        List<String> problems = Fixtures.load("broken-history").problems().stream()
                .map(Problem::toString)
                .toList();
        assertEquals(
                List.of(
                        "places.json › no-source › lifecycle[0]: \"opened 1950\" has no source: cite the paper (table or"
                                + " section) or general knowledge that dates it",
                        "places.json › vague-knowledge › lifecycle[0].sources: a general-knowledge source must say what it"
                                + " supplied (\"supplies\")",
                        "places.json › out-of-order › lifecycle[1]: \"construction 2012\" comes after \"opened 2010\": stages"
                                + " out of order",
                        "places.json › wrong-status › status: is \"operating\" but the lifecycle ends with \"proposed 2015\""
                                + " (proposed)",
                        "places.json › unnamed › lifecycle: no dated stage and no paper names it, so nothing says when it"
                                + " existed: add a dated stage with its source",
                        "places.json › dated-sea › lifecycle: a sea or strait has no history in the atlas: leave out its lifecycle",
                        "links.json › unknown-dependency › depends_on: unknown place or link \"atlantis-bridge\"",
                        "links.json › too-early › lifecycle: is operating in 2010 by its own dates, but bridge-crossing (on"
                                + " its course) is not there yet then: a route operates only when every crossing and place it"
                                + " needs does"),
                problems);
    }
}

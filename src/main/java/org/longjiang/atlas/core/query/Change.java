package org.longjiang.atlas.core.query;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.longjiang.atlas.core.model.Citation;
import org.longjiang.atlas.core.model.DateQualifier;
import org.longjiang.atlas.core.model.PartialDate;
import org.longjiang.atlas.core.model.Status;
import org.longjiang.atlas.core.model.Subject;

/**
 * How one place or link changed between two years, with the dated evidence for the change.
 *
 * @param date      when it happened (the stage's date; for a record first named by a paper, that paper's year)
 * @param qualifier how the date is known
 * @param cause     the record whose stage made the change: the subject itself, or a crossing it depends on
 * @param sources   the evidence for that stage
 */
public record Change(
        Subject subject,
        Kind kind,
        Optional<Status> from,
        Optional<Status> to,
        Optional<PartialDate> date,
        DateQualifier qualifier,
        String cause,
        List<Citation> sources) {

    /** New (absent before), changed status, or stopped (suspended, closed or gone). */
    public enum Kind {
        NEW,
        CHANGED,
        STOPPED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Change {
        sources = List.copyOf(sources);
    }
}

package org.longjiang.atlas.app.detail;

import java.util.Optional;
import java.util.OptionalDouble;
import org.longjiang.atlas.core.dossier.DossierBuilder;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.model.Observation;
import org.longjiang.atlas.core.model.Series;

/**
 * How a printed value is placed on a chart: as printed, or converted for comparison. The printed
 * value itself is never changed; a conversion only moves the point and adds a line to its hover text.
 */
interface ValueReading {
    /** Values drawn exactly as printed, in the printed unit (named in the reader's language). */
    static ValueReading asPrinted(DossierBuilder model, Messages m) {
        return new ValueReading() {
            @Override
            public OptionalDouble plotted(Series s, Observation o) {
                return OptionalDouble.of(o.value().doubleValue());
            }

            @Override
            public String unit(Series s) {
                return m.get("convert.unit.AS_PRINTED", model.unit(s, m.language()));
            }

            @Override
            public Optional<String> tipLine(Series s, Observation o) {
                return Optional.empty();
            }
        };
    }

    /** Where the value is drawn; empty when it cannot be shown in the chosen unit (it stays in the table as printed). */
    OptionalDouble plotted(Series s, Observation o);

    String unit(Series s);

    Optional<String> tipLine(Series s, Observation o);
}

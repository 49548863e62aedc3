package org.longjiang.atlas.core.model;

import java.math.BigDecimal;
import java.util.Optional;

/** One printed value of a series for a period ("2018", "2019-01/2019-06"), exactly as printed. */
public record Observation(String period, BigDecimal value, Optional<String> flag) {
    /**
     * The period of a figure the paper prints with no date ("Zhejiang has 1,000 e-commerce firms"):
     * the citation convention for "no date", shown to readers as "date not printed".
     */
    public static final String UNDATED = "n.d.";
}

package org.longjiang.atlas.core.model;

import java.math.BigDecimal;
import java.util.Optional;

/** A printed figure of a link (length, capacity, runs, tonnage), value exactly as printed. */
public record Figure(String name, BigDecimal value, String unit, Optional<String> period, Optional<Citation> source) {}

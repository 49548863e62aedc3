package org.longjiang.atlas.core.model;

import java.math.BigDecimal;

/** The annual average value of one US dollar in another currency (CNY, RUB) in a year, with its source. */
public record ExchangeRate(String id, int year, String currency, BigDecimal perUsd, Citation source) {}

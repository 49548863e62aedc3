package org.longjiang.atlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.model.PartialDate;

class PartialDateTest {
    @Test
    void keepsThePrecisionItWasGiven() {
        assertEquals("2015", PartialDate.parse("2015").toString());
        assertEquals("2015-06", PartialDate.parse("2015-06").toString());
        assertEquals("2019-12-02", PartialDate.parse("2019-12-02").toString());
    }

    @Test
    void ordersByYearThenMonthThenDay() {
        assertTrue(PartialDate.parse("2015").compareTo(PartialDate.parse("2015-01")) < 0);
        assertTrue(PartialDate.parse("2015-12").compareTo(PartialDate.parse("2016")) < 0);
        assertTrue(PartialDate.parse("2015-06-13").compareTo(PartialDate.parse("2015-06-02")) > 0);
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("June 2015"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2015-13"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("15"));
    }
}

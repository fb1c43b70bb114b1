// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage;

/** Dates are written as ISO 8601 calendar dates, whatever the writer's time zone. */
class DateDataTypeTest {

    private final CartographFactory factory = CartographFactory.eINSTANCE;

    @Test
    void writesAndReadsIsoCalendarDates() {
        LocalDate date = LocalDate.of(2026, 3, 31);
        String text = factory.convertToString(CartographPackage.Literals.DATE, date);
        assertEquals("2026-03-31", text);
        assertEquals(date, factory.createFromString(CartographPackage.Literals.DATE, text));
    }

    @Test
    void blankTextIsNoDate() {
        assertNull(factory.createFromString(CartographPackage.Literals.DATE, " "));
    }

    @Test
    void rejectsTextThatIsNotADate() {
        assertThrows(DateTimeParseException.class,
                () -> factory.createFromString(CartographPackage.Literals.DATE, "31/03/2026"));
    }
}

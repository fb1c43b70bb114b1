// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.ui.viewers.DataTypeValues;

/**
 * Numbers, money and dates read as the user's locale writes them, and what the user types is
 * read back the same way, or as a file writes it (decimal point, ISO date).
 */
class DataTypeValuesTest {

    private static final Locale FRENCH = Locale.FRANCE;

    /** French groups with a (narrow) no-break space, depending on the Java version: compare with a plain one. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void moneyIsGroupedAsTheLocaleWritesIt() {
        assertEquals("220,000", DataTypeValues.toText(EcorePackage.Literals.EDOUBLE, 220000.0, Locale.UK)); //$NON-NLS-1$
        assertEquals("220 000", plain(DataTypeValues.toText(EcorePackage.Literals.EDOUBLE, 220000.0, FRENCH))); //$NON-NLS-1$
        assertEquals("1,250.5", DataTypeValues.toText(EcorePackage.Literals.EDOUBLE, 1250.5, Locale.UK)); //$NON-NLS-1$
        assertEquals("1 250,5", plain(DataTypeValues.toText(EcorePackage.Literals.EDOUBLE, 1250.5, FRENCH))); //$NON-NLS-1$
        assertEquals("12", DataTypeValues.toText(EcorePackage.Literals.EINT, 12, Locale.UK), "no trailing .0"); //$NON-NLS-1$
    }

    @Test
    void typedNumbersAreReadInTheLocaleOrAsAFileWritesThem() {
        assertEquals(220000.0, DataTypeValues.fromText(Literals.BUSINESS_CASE__ONE_OFF_COST, "220,000", Locale.UK)); //$NON-NLS-1$
        assertEquals(1250.5, DataTypeValues.fromText(Literals.BUSINESS_CASE__ONE_OFF_COST, "1,250.5", Locale.UK)); //$NON-NLS-1$
        assertEquals(1250.5, DataTypeValues.fromText(Literals.BUSINESS_CASE__ONE_OFF_COST, "1250.5", Locale.UK)); //$NON-NLS-1$
        assertEquals(1250.5, DataTypeValues.fromText(Literals.BUSINESS_CASE__ONE_OFF_COST, "1 250,5", FRENCH)); //$NON-NLS-1$
        assertEquals(1250.5, DataTypeValues.fromText(Literals.BUSINESS_CASE__ONE_OFF_COST,
                DataTypeValues.toText(EcorePackage.Literals.EDOUBLE, 1250.5, FRENCH), FRENCH), "what is shown reads back");
        assertEquals(1250.5, DataTypeValues.fromText(Literals.BUSINESS_CASE__ONE_OFF_COST, "1250.5", FRENCH)); //$NON-NLS-1$
        assertEquals(12000, DataTypeValues.fromText(Literals.BUSINESS_CASE__TIME_TO_VALUE_MONTHS, "12,000", Locale.UK)); //$NON-NLS-1$
    }

    @Test
    void ambiguousOrWrongNumbersAreRefusedWithAnExampleInTheLocale() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataTypeValues.fromText(Literals.BUSINESS_CASE__ONE_OFF_COST, "1,25", Locale.UK)); //$NON-NLS-1$
        assertEquals("\"1,25\" is not a number: use digits, for example 1,250.5 (or 1250.5).", e.getMessage()); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class,
                () -> DataTypeValues.fromText(Literals.BUSINESS_CASE__ONE_OFF_COST, "120 k", Locale.UK)); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class,
                () -> DataTypeValues.fromText(Literals.BUSINESS_CASE__TIME_TO_VALUE_MONTHS, "1.5", Locale.UK)); //$NON-NLS-1$
    }

    @Test
    void datesReadInTheLocaleAndTypedInItOrAsIso() {
        LocalDate date = LocalDate.of(2026, 3, 31);
        String english = DataTypeValues.toText(Literals.DATE, date, Locale.US);
        assertEquals("Mar 31, 2026", english); //$NON-NLS-1$
        assertEquals("31 mars 2026", plain(DataTypeValues.toText(Literals.DATE, date, FRENCH))); //$NON-NLS-1$
        assertEquals(date, DataTypeValues.fromText(Literals.WAVE__START, english, Locale.US));
        assertEquals(date, DataTypeValues.fromText(Literals.WAVE__START, "2026-03-31", FRENCH)); //$NON-NLS-1$
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataTypeValues.fromText(Literals.WAVE__START, "next spring", Locale.US)); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("Mar 31, 2026") && e.getMessage().contains("2026-03-31"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Numbers, money and dates in the reader's locale, money in the portfolio's currency. */
public final class Numbers {

    private final Locale locale;
    private final Currency currency;
    private final String currencyCode;

    /**
     * @param locale the reader's locale
     * @param currencyCode the portfolio's ISO 4217 currency, may be {@code null} or unknown
     */
    public Numbers(Locale locale, String currencyCode) {
        this.locale = locale;
        this.currencyCode = Text.clean(currencyCode);
        Currency known = null;
        try {
            known = this.currencyCode.isEmpty() ? null : Currency.getInstance(this.currencyCode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            known = null;
        }
        currency = known;
    }

    /**
     * @param amount an amount of money
     * @return it rounded to whole units with the currency, as the locale writes it
     */
    public String money(double amount) {
        if (currency == null) {
            return number(amount, 0) + (currencyCode.isEmpty() ? "" : "\u00a0" + currencyCode); //$NON-NLS-1$ //$NON-NLS-2$
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        return format.format(amount);
    }

    /**
     * @param value a number
     * @param decimals the most fraction digits
     * @return it as the locale writes it
     */
    public String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "\u2013"; //$NON-NLS-1$
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /**
     * @param fraction a fraction (0.5 = 50 %)
     * @return it as a whole percentage as the locale writes it
     */
    public String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "\u2013"; //$NON-NLS-1$
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(fraction);
    }

    /**
     * @param date a date, may be {@code null}
     * @return it in the locale's medium style; empty for {@code null}
     */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date); //$NON-NLS-1$
    }
}

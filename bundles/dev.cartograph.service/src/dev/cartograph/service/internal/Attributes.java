// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import java.math.BigDecimal;

import org.eclipse.core.runtime.IConfigurationElement;

/** Reads attribute values the same way for every element. */
final class Attributes {

    private Attributes() {
    }

    /**
     * @param element an element
     * @param attribute an attribute name
     * @return the attribute's value, localised by the registry and trimmed; empty if absent
     */
    static String text(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        return value == null ? "" : value.strip(); //$NON-NLS-1$
    }

    /**
     * @param value a number written in a plug-in, such as {@code 1}, {@code 0.5} or {@code 1e3}
     * @return its value; {@code NaN} if it is not a finite number
     */
    static double parse(String value) {
        try {
            double number = Double.parseDouble(value);
            return Double.isFinite(number) ? number : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * @param number a finite number
     * @return the number as written by a person: {@code 5} rather than {@code 5.0}
     */
    static String format(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Map;

/** Says, for messages, what kind of value an attribute expects. */
final class ValueKinds {

    private static final Map<Class<?>, String> KEYS = Map.ofEntries(
            Map.entry(double.class, "ValueKind_number"), //$NON-NLS-1$
            Map.entry(Double.class, "ValueKind_number"), //$NON-NLS-1$
            Map.entry(float.class, "ValueKind_number"), //$NON-NLS-1$
            Map.entry(Float.class, "ValueKind_number"), //$NON-NLS-1$
            Map.entry(BigDecimal.class, "ValueKind_number"), //$NON-NLS-1$
            Map.entry(int.class, "ValueKind_wholeNumber"), //$NON-NLS-1$
            Map.entry(Integer.class, "ValueKind_wholeNumber"), //$NON-NLS-1$
            Map.entry(long.class, "ValueKind_wholeNumber"), //$NON-NLS-1$
            Map.entry(Long.class, "ValueKind_wholeNumber"), //$NON-NLS-1$
            Map.entry(BigInteger.class, "ValueKind_wholeNumber"), //$NON-NLS-1$
            Map.entry(boolean.class, "ValueKind_boolean"), //$NON-NLS-1$
            Map.entry(Boolean.class, "ValueKind_boolean"), //$NON-NLS-1$
            Map.entry(LocalDate.class, "ValueKind_date")); //$NON-NLS-1$

    private ValueKinds() {
    }

    /**
     * @param type the instance class of an attribute's type, may be {@code null}
     * @return what a valid value looks like, or {@code null} if there is nothing simple to say
     */
    static String describe(Class<?> type) {
        String key = type == null ? null : KEYS.get(type);
        return key == null ? null : Messages.format(key);
    }
}

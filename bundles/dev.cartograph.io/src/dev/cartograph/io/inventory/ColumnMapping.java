// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.util.Objects;

/**
 * What one column of an inventory fills in.
 *
 * @param header the column's header, as in the file
 * @param field the field it fills in
 * @param argument the criterion id of a {@link Field#SCORE} or {@link Field#RATIONALE}, the property key of a
 *            {@link Field#PROPERTY}, else {@code null}
 */
public record ColumnMapping(String header, Field field, String argument) {

    /** Checks the parts. */
    public ColumnMapping {
        Objects.requireNonNull(header);
        Objects.requireNonNull(field);
        if (field.hasArgument() && (argument == null || argument.isBlank())) {
            throw new IllegalArgumentException(field.key() + " needs an argument: " + header); //$NON-NLS-1$
        }
        if (!field.hasArgument()) {
            argument = null;
        }
    }

    /**
     * @param header a header
     * @return a column that is not imported
     */
    public static ColumnMapping ignored(String header) {
        return new ColumnMapping(header, Field.IGNORE, null);
    }
}

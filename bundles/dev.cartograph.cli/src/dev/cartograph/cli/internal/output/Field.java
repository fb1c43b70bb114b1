// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

import java.util.Objects;

/**
 * A value about the whole document, shown above its sections (for example the portfolio's name).
 *
 * @param key the stable key in JSON
 * @param label the localised label for people
 * @param value a string, number, boolean or {@link Label}; may be {@code null}
 */
public record Field(String key, String label, Object value) {

    /** Checks the arguments. */
    public Field {
        Objects.requireNonNull(key);
        Objects.requireNonNull(label);
    }
}

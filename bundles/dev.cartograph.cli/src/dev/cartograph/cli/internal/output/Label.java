// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

import java.util.Locale;
import java.util.Objects;

/**
 * A value with a stable id for machines (JSON, CSV) and a localised text for people (table,
 * Markdown), for example a quadrant: {@code quick-win} and "Quick win".
 *
 * @param id the stable id
 * @param text the localised text
 */
public record Label(String id, String text) {

    /** Checks the arguments. */
    public Label {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
    }

    /**
     * Turns a Java constant name into a stable id: {@code NOT_READY} becomes {@code not-ready}.
     *
     * @param constant an enum constant
     * @return its id
     */
    public static String idOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

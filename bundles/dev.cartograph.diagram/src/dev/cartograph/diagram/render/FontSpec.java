// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.render;

import dev.cartograph.diagram.Style;

/**
 * A font as diagrams use it: one family (DejaVu Sans, with the platform's sans-serif as
 * fallback), a size in diagram units, bold and italic.
 *
 * @param size the size, in diagram units
 * @param bold bold
 * @param italic italic
 */
public record FontSpec(double size, boolean bold, boolean italic) {

    /** The family every surface asks for first. */
    public static final String FAMILY = "DejaVu Sans"; //$NON-NLS-1$

    /**
     * @param style a style
     * @return the font of its label
     */
    public static FontSpec of(Style style) {
        return new FontSpec(style.fontSize(), style.bold(), style.italic());
    }
}

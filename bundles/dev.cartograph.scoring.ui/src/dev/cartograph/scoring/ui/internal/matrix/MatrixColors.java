// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import org.eclipse.swt.graphics.Color;

import dev.cartograph.model.Scope;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ui.internal.matrix.MatrixPicture.Rgb;

/** The matrix's colours, shared by the screen and the SVG export. */
final class MatrixColors {

    static final Rgb INTERNAL = new Rgb(46, 111, 183);
    static final Rgb EXTERNAL = new Rgb(224, 128, 24);
    static final Rgb GATE = new Rgb(176, 32, 32);
    static final Rgb INK = new Rgb(51, 51, 51);
    static final Rgb GRID = new Rgb(214, 214, 214);
    static final Rgb QUADRANT_INK = new Rgb(138, 138, 138);
    static final Rgb DENSITY = new Rgb(37, 64, 143);

    private MatrixColors() {
    }

    static Rgb of(Scope scope) {
        return scope == Scope.EXTERNAL ? EXTERNAL : INTERNAL;
    }

    static Rgb tint(Quadrant quadrant) {
        return switch (quadrant) {
            case QUICK_WIN -> new Rgb(233, 246, 231);
            case STRATEGIC_BET -> new Rgb(231, 239, 249);
            case FILL_IN -> new Rgb(252, 247, 228);
            case DROP -> new Rgb(243, 243, 243);
        };
    }

    static Color color(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }
}

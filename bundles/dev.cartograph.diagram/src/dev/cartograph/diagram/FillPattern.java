// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

/** A pattern drawn over a fill, so that meaning is never carried by colour alone. */
public enum FillPattern {
    NONE, HATCH, CROSSHATCH, DOTS
}

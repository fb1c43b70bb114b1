// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

/** How a line or outline is stroked. */
public enum LinePattern {
    SOLID, DASHED, DOTTED
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

/** The outline of a node or badge. */
public enum NodeShape {
    RECTANGLE, ROUNDED, PILL, ELLIPSE, DIAMOND, HEXAGON, DOCUMENT
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

/** Where a badge sits on its node. */
public enum BadgePosition {
    TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT
}

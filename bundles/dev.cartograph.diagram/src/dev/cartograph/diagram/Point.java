// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

/**
 * A point of the diagram's plane, in diagram units (one unit is one pixel at 100% zoom).
 *
 * @param x from the left
 * @param y from the top
 */
public record Point(double x, double y) {
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

/**
 * One line of a legend: a swatch drawn in a style, and what it means.
 *
 * @param swatch how the swatch is drawn (shape, fill, pattern, outline)
 * @param symbol text drawn in the swatch (a badge's letter, for example), or {@code null}
 * @param text what it means
 */
public record LegendItem(Style swatch, String symbol, String text) {
}

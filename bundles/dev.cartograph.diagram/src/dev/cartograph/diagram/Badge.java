// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

/**
 * A small mark on a node: a count, a rank, a warning. It always has text (a number, a letter or
 * a symbol), so that its meaning does not rest on its colour.
 *
 * @param id what the badge says, stable (for example {@code "evidence"} or a layer's id), so that
 *            tests and the SVG can find it
 * @param text its text, short
 * @param style how it is drawn (shape, fill, text colour)
 * @param position where on the node
 * @param tooltip the full explanation, or {@code null}
 */
public record Badge(String id, String text, Style style, BadgePosition position, String tooltip) {
}

// SPDX-License-Identifier: EPL-2.0
/**
 * Cartograph's diagram layer, headless: a small retained scene of what a map shows.
 * <ul>
 * <li>{@link dev.cartograph.diagram.Diagram}: bands (lanes, columns, regions), nodes (possibly
 * containers), edges, curves and a legend, each {@link dev.cartograph.diagram.DiagramElement}
 * carrying the model element it stands for, a {@link dev.cartograph.diagram.Style} and
 * {@link dev.cartograph.diagram.Badge}s;</li>
 * <li>{@link dev.cartograph.diagram.layout}: computes bounds and edge routes (grids, lanes with
 * ELK ordering and orthogonal routing, packed containers), never stored in a model file;</li>
 * <li>{@link dev.cartograph.diagram.render}: paints a laid-out diagram on a
 * {@link dev.cartograph.diagram.render.DiagramGraphics}: SVG and PNG here, SWT in the UI bundle,
 * so every surface shows the same picture;</li>
 * <li>{@link dev.cartograph.diagram.text}: deterministic text measuring and wrapping, so the same
 * diagram gives the same layout on every machine.</li>
 * </ul>
 * No SWT, no EMF, no workbench: usable from the command line and plain JUnit.
 */
package dev.cartograph.diagram;

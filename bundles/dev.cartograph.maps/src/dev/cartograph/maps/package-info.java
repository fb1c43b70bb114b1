// SPDX-License-Identifier: EPL-2.0
/**
 * Cartograph's maps, headless: the journey, workflow and portfolio maps are described through
 * this small API and contributed through extension points, like the criteria of the grid.
 * <ul>
 * <li>{@link dev.cartograph.maps.MapDescription} (id, name, {@link dev.cartograph.maps.MapKind kind},
 * contributor) and its {@link dev.cartograph.maps.MapBuilder}: which model elements it applies
 * to, how it builds a {@link dev.cartograph.diagram.Diagram} from a
 * {@link dev.cartograph.maps.MapContext} (element, portfolio, live scoring, layers on, locale),
 * its layout, its {@link dev.cartograph.maps.PaletteTool palette};</li>
 * <li>{@link dev.cartograph.maps.MapLayer} and its {@link dev.cartograph.maps.LayerDecorator}:
 * styles, badges and legend lines recorded in {@link dev.cartograph.maps.Decorations};</li>
 * <li>{@link dev.cartograph.maps.Maps}: the two registries read from the extension points
 * {@code dev.cartograph.maps.maps} and {@code dev.cartograph.maps.layers};
 * {@link dev.cartograph.maps.MapRegistry} and {@link dev.cartograph.maps.LayerRegistry} can be
 * filled in code;</li>
 * <li>{@link dev.cartograph.maps.MapRenderer}: builds, decorates and lays out a map, calling
 * contributed code through {@code SafeRunner} so that a broken map or layer costs only itself.</li>
 * </ul>
 * No SWT, no workbench: the command line writes maps with this package.
 */
package dev.cartograph.maps;

// SPDX-License-Identifier: EPL-2.0
/**
 * The journey, workflow and portfolio maps in the workbench: a Maps page of the portfolio
 * editor, contributed through {@code dev.cartograph.ui.editorPages}, where the maps of the
 * {@code dev.cartograph.maps.maps} extension point are shown and edited with commands on the
 * editor's command stack.
 */
package dev.cartograph.maps.ui;

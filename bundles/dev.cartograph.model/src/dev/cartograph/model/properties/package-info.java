// SPDX-License-Identifier: EPL-2.0
/**
 * The portfolio's own properties: definitions (key, labels, type, choices, kinds of element)
 * and the values elements carry, read with {@link dev.cartograph.model.properties.PropertyValues}.
 */
package dev.cartograph.model.properties;

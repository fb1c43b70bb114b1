// SPDX-License-Identifier: EPL-2.0
/**
 * The eight default criteria of Cartograph's assessment grid. They are defined in this
 * bundle's {@code plugin.xml} and contributed through the {@code dev.cartograph.criteria}
 * extension point like any third-party criterion; this package only holds their ids and the
 * computation of the financial potential from the business case.
 */
package dev.cartograph.scoring.criteria;

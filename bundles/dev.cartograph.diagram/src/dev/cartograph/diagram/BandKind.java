// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

/** What a band is. */
public enum BandKind {
    ROW, COLUMN, REGION
}

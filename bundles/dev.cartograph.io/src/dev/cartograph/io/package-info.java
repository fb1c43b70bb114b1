// SPDX-License-Identifier: EPL-2.0
/**
 * Headless import and export of Cartograph portfolios: the ArchiMate Model Exchange File Format 3.1
 * ({@link dev.cartograph.io.ArchimateExport}, {@link dev.cartograph.io.ArchimateImport}).
 */
package dev.cartograph.io;

// SPDX-License-Identifier: EPL-2.0
/**
 * Headless import and export of Cartograph portfolios: the ArchiMate Model Exchange File Format 3.1
 * ({@link dev.cartograph.io.ArchimateExport}, {@link dev.cartograph.io.ArchimateImport}); inventories of use
 * cases from and to CSV and XLSX are in {@link dev.cartograph.io.inventory}.
 */
package dev.cartograph.io;

// SPDX-License-Identifier: EPL-2.0
/**
 * Importing inventories of use cases from CSV and XLSX files: reading the table ({@link
 * dev.cartograph.io.inventory.InventoryTable}), the column mapping and its file ({@link
 * dev.cartograph.io.inventory.InventoryMapping}, proposed from the headers by {@link
 * dev.cartograph.io.inventory.MappingProposer}), the dry run ({@link dev.cartograph.io.inventory.ImportPlan}) and
 * applying it ({@link dev.cartograph.io.inventory.InventoryImport}). Headless: used by the command line and the
 * workbench alike.
 */
package dev.cartograph.io.inventory;

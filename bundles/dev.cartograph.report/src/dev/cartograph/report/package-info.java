// SPDX-License-Identifier: EPL-2.0
/**
 * Reports: the one-page business case of a use case and the portfolio report, as PDF or as one
 * self-contained HTML file, from FreeMarker templates. Headless: used by the command line and
 * the workbench alike.
 */
package dev.cartograph.report;

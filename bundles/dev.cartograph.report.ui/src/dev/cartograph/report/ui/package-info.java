// SPDX-License-Identifier: EPL-2.0
/**
 * Reports in the workbench: <i>Export &gt; Business Case (PDF/HTML)</i> on a selected use case
 * and <i>Generate Portfolio Report...</i> on a portfolio, made by {@code dev.cartograph.report}
 * in a cancellable job from a copy of the model taken when the command runs.
 */
package dev.cartograph.report.ui;

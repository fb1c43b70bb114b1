// SPDX-License-Identifier: EPL-2.0
/**
 * The semantic diff of two versions of a portfolio for people: changes described in the user's words, grouped by
 * journey, workflow and use case, and their consequences for the decision (ranks, quadrants, scores, standings,
 * waves, validation findings). Plain Java on EMF, the scoring core and validation; used by the command line and the
 * workbench.
 */
package dev.cartograph.compare.report;

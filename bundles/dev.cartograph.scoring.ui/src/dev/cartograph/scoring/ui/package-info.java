// SPDX-License-Identifier: EPL-2.0
/**
 * The prioritisation views of the Cartograph workbench (ranking, impact x feasibility matrix,
 * sensitivity) and the validation of portfolios as workspace markers. The views show the live
 * scoring of the portfolio editor they follow, {@link dev.cartograph.ui.scoring.PortfolioScoring},
 * which the editor's pages share: a change anywhere shows everywhere at once.
 */
package dev.cartograph.scoring.ui;

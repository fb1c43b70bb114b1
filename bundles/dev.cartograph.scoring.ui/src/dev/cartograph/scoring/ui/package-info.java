// SPDX-License-Identifier: EPL-2.0
/**
 * The prioritisation views of the Cartograph workbench (ranking, impact x feasibility matrix,
 * sensitivity) and the validation of portfolios as workspace markers. {@link
 * dev.cartograph.scoring.ui.PortfolioScoring} shares one live scoring per open portfolio among
 * every view, so that a change anywhere shows everywhere at once.
 */
package dev.cartograph.scoring.ui;

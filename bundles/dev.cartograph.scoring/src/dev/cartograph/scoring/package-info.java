// SPDX-License-Identifier: EPL-2.0
/**
 * The headless scoring core of Cartograph: the assessment grid and how use cases are scored
 * and ranked on it.
 * <ul>
 * <li>{@link dev.cartograph.scoring.Criterion} and {@link dev.cartograph.scoring.CriterionRegistry}:
 * the criteria, contributed by plug-ins or built in code;</li>
 * <li>{@link dev.cartograph.scoring.ScoringStrategy} and
 * {@link dev.cartograph.scoring.StrategyRegistry}: how per-criterion values combine, the default
 * being {@link dev.cartograph.scoring.WeightedSumStrategy};</li>
 * <li>{@link dev.cartograph.scoring.ContributionRegistry}: what these registries (and the
 * validation rules' one) share: checked additions, recorded failures, listeners;</li>
 * <li>{@link dev.cartograph.scoring.ScoringEngine}: scores a portfolio into an immutable
 * {@link dev.cartograph.scoring.ScoringResult};</li>
 * <li>{@link dev.cartograph.scoring.ScoringSession}: keeps a result up to date as the model
 * changes, re-scoring only what changed.</li>
 * </ul>
 * Plain Java on the EMF model: no OSGi API, usable from the command line and plain JUnit.
 */
package dev.cartograph.scoring;

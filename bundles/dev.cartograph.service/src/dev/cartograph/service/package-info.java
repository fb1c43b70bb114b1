// SPDX-License-Identifier: EPL-2.0
/**
 * Reaches the scoring and validation cores from Eclipse: the criteria, scoring strategies and
 * validation rules that plug-ins contribute through the extension points
 * {@value dev.cartograph.service.ScoringServices#CRITERIA_EXTENSION_POINT},
 * {@value dev.cartograph.service.ScoringServices#STRATEGIES_EXTENSION_POINT} and
 * {@value dev.cartograph.service.ValidationServices#RULES_EXTENSION_POINT}.
 * <ul>
 * <li>{@link dev.cartograph.service.ScoringServices}: the plain {@link dev.cartograph.scoring.CriterionRegistry}
 * and {@link dev.cartograph.scoring.StrategyRegistry} filled from the extension registry and kept
 * up to date as plug-ins come and go, the contributions refused and why, and scoring engines on them;</li>
 * <li>{@link dev.cartograph.service.ValidationServices}: the plain {@link dev.cartograph.validation.RuleRegistry}
 * holding the built-in rules and the contributed ones, kept up to date the same way, a
 * {@link dev.cartograph.validation.PortfolioValidation} on it, and its registration as EMF
 * validator of the Cartograph package;</li>
 * <li>{@link dev.cartograph.service.CriterionComputer}: what a contributed criterion's
 * {@code computer} class implements to derive a value from the model. A contributed rule's
 * class implements {@link dev.cartograph.validation.RuleCheck}, and its quick fixes
 * {@link dev.cartograph.validation.QuickFix}.</li>
 * </ul>
 * This bundle is a thin layer: the registries, the engine, the validation and all scoring and
 * validation rules live in the headless {@code dev.cartograph.scoring} and
 * {@code dev.cartograph.validation} bundles, which tests and the command line fill in code.
 * It re-exports both, so that a plug-in needs only {@code Require-Bundle: dev.cartograph.service}.
 */
package dev.cartograph.service;

// SPDX-License-Identifier: EPL-2.0
/**
 * Reaches the scoring core from Eclipse: the criteria and scoring strategies that plug-ins
 * contribute through the extension points {@value dev.cartograph.service.ScoringServices#CRITERIA_EXTENSION_POINT}
 * and {@value dev.cartograph.service.ScoringServices#STRATEGIES_EXTENSION_POINT}.
 * <ul>
 * <li>{@link dev.cartograph.service.ScoringServices}: the plain {@link dev.cartograph.scoring.CriterionRegistry}
 * and {@link dev.cartograph.scoring.StrategyRegistry} filled from the extension registry and kept
 * up to date as plug-ins come and go, the contributions refused and why, and scoring engines on them;</li>
 * <li>{@link dev.cartograph.service.CriterionComputer}: what a contributed criterion's
 * {@code computer} class implements to derive a value from the model.</li>
 * </ul>
 * This bundle is a thin layer: the registries, the engine and all scoring rules live in the
 * headless {@code dev.cartograph.scoring} bundle, which tests and the command line fill in code.
 */
package dev.cartograph.service;

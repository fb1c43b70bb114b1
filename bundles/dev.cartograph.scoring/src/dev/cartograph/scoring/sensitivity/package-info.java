// SPDX-License-Identifier: EPL-2.0
/**
 * How robust a ranking is to its weights: rank ranges and top-K probabilities under random
 * weight variations, and the smallest single-weight change that swaps two adjacent use cases.
 * Entry point: {@link dev.cartograph.scoring.sensitivity.SensitivityAnalysis}.
 */
package dev.cartograph.scoring.sensitivity;

// SPDX-License-Identifier: EPL-2.0
/**
 * The extension-point readers behind {@link dev.cartograph.service.ScoringServices} and
 * {@link dev.cartograph.service.ValidationServices}: validation of contributions, lazily
 * created contributed classes and the {@code SafeRunner} wrappers. Not API.
 */
package dev.cartograph.service.internal;

// SPDX-License-Identifier: EPL-2.0
/**
 * Texts shared by the headless bundles: a table of translated messages, and the short
 * description of what contributed code threw. Not API: exported only to the bundles that use it
 * ({@code x-friends}).
 */
package dev.cartograph.scoring.internal.text;

// SPDX-License-Identifier: EPL-2.0
/**
 * Implementation of the scoring core. Not API: exported with {@code x-internal:=true}.
 */
package dev.cartograph.scoring.internal;

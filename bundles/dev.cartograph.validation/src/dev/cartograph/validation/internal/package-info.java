// SPDX-License-Identifier: EPL-2.0
/**
 * Implementation of the validation core. Not API: exported with {@code x-internal:=true}.
 */
package dev.cartograph.validation.internal;

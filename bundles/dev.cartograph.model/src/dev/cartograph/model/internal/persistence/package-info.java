// SPDX-License-Identifier: EPL-2.0
/**
 * Implementation of {@link dev.cartograph.model.persistence}: the XMI handler with its safety checks, the
 * explanation of load failures, atomic file replacement and the messages. Not API.
 */
package dev.cartograph.model.internal.persistence;

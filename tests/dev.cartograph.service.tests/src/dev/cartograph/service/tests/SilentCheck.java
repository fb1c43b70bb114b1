// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import dev.cartograph.validation.RuleCheck;
import dev.cartograph.validation.ValidationContext;

/** A contributed check that finds nothing (for contributions refused before they run). */
public final class SilentCheck implements RuleCheck {

    @Override
    public void check(ValidationContext context) {
        // Nothing to report.
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import dev.cartograph.validation.RuleCheck;
import dev.cartograph.validation.ValidationContext;

/** A contributed check that reports a finding, then throws: what it reported must be dropped. */
public final class ThrowingCheck implements RuleCheck {

    static final String MESSAGE = "policy server unreachable";

    @Override
    public void check(ValidationContext context) {
        context.report(context.portfolio(), "Reported before failing");
        throw new IllegalStateException(MESSAGE);
    }
}

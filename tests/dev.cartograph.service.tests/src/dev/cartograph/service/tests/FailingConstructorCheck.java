// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import dev.cartograph.validation.RuleCheck;
import dev.cartograph.validation.ValidationContext;

/** A contributed check whose constructor throws. */
public final class FailingConstructorCheck implements RuleCheck {

    static final String MESSAGE = "no rule licence";

    /** Always fails. */
    public FailingConstructorCheck() {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public void check(ValidationContext context) {
        context.report(context.portfolio(), "Never reported");
    }
}

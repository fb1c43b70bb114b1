// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import dev.cartograph.model.UseCase;
import dev.cartograph.validation.RuleCheck;
import dev.cartograph.validation.ValidationContext;

/** A contributed check that reports every use case, at the rule's severity. */
public final class EveryUseCaseCheck implements RuleCheck {

    static final String MESSAGE = "Seen by a contributed rule";

    @Override
    public void check(ValidationContext context) {
        for (UseCase useCase : context.portfolio().getUseCases()) {
            context.report(useCase, MESSAGE);
        }
    }
}

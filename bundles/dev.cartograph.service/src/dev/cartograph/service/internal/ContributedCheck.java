// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.cartograph.validation.RuleCheck;
import dev.cartograph.validation.ValidationContext;

/**
 * The check of a rule read from a {@code rule} element. Its class is created on the first
 * validation and called through {@link org.eclipse.core.runtime.SafeRunner} (which logs its
 * first exception); what it throws reaches the validation, which drops what the rule reported
 * during that call, reports the failure with the contributor's name and runs the other rules.
 */
final class ContributedCheck implements RuleCheck {

    private final ExtensionInstance<RuleCheck> code;
    private final AtomicBoolean logged = new AtomicBoolean();

    /**
     * @param code the contributed class
     */
    ContributedCheck(ExtensionInstance<RuleCheck> code) {
        this.code = code;
    }

    @Override
    public void check(ValidationContext context) {
        RuleCheck check = code.get();
        SafeCall.run(() -> {
            check.check(context);
            return null;
        }, logged);
    }
}

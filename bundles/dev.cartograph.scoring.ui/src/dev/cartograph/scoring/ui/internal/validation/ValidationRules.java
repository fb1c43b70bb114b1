// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import java.util.Locale;

import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationOptions;

/**
 * Where the workbench's validation gets its rules: the one place to point at the rules
 * contributed by plug-ins once their registry exists. Today: the built-in rules.
 */
public final class ValidationRules {

    private static RuleRegistry registry;

    private ValidationRules() {
    }

    /** @return the installed rules */
    public static synchronized RuleRegistry registry() {
        if (registry == null) {
            registry = RuleRegistry.withBuiltInRules();
        }
        return registry;
    }

    /** @return a validation over the installed rules */
    public static PortfolioValidation validation() {
        return new PortfolioValidation(registry());
    }

    /** @return the options of the workbench's validation: its language */
    public static ValidationOptions options() {
        return ValidationOptions.defaults().withLocale(Locale.getDefault());
    }
}

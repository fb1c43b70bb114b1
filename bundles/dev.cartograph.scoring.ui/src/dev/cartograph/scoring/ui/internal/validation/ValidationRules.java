// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import java.util.Locale;

import dev.cartograph.service.ValidationServices;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationOptions;

/**
 * Where the workbench's validation gets its rules: those of {@link ValidationServices}, the
 * built-in rules and the rules installed plug-ins contribute (the same as the command line's).
 */
public final class ValidationRules {

    private ValidationRules() {
    }

    /** @return the installed rules, following plug-ins as they come and go */
    public static RuleRegistry registry() {
        return ValidationServices.getDefault().rules();
    }

    /** @return the validation over the installed rules */
    public static PortfolioValidation validation() {
        return ValidationServices.getDefault().validation();
    }

    /** @return the options of the workbench's validation: its language */
    public static ValidationOptions options() {
        return ValidationOptions.defaults().withLocale(Locale.getDefault());
    }
}

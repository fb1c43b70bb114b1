// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.Locale;

import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;
import dev.cartograph.validation.ValidationRule;
import dev.cartograph.validation.internal.Messages;

/**
 * A rule shipped with Cartograph. Its texts are the message keys named after the class:
 * {@code <SimpleName>_label}, {@code _description}, and the message keys its checks use.
 */
public abstract class BuiltInRule implements ValidationRule {

    /** The contributor of every built-in rule. */
    public static final String CONTRIBUTOR = "dev.cartograph.validation"; //$NON-NLS-1$

    private final String id;
    private final FindingSeverity severity;
    private final String prefix;

    /**
     * @param id the stable id
     * @param severity the default severity
     */
    protected BuiltInRule(String id, FindingSeverity severity) {
        this.id = id;
        this.severity = severity;
        this.prefix = getClass().getSimpleName() + '_';
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final FindingSeverity defaultSeverity() {
        return severity;
    }

    @Override
    public String label(Locale locale) {
        return Messages.format(locale, prefix + "label"); //$NON-NLS-1$
    }

    @Override
    public String description(Locale locale) {
        return Messages.format(locale, prefix + "description"); //$NON-NLS-1$
    }

    @Override
    public final String contributor() {
        return CONTRIBUTOR;
    }

    /**
     * Formats one of this rule's messages.
     *
     * @param context the validation context, for its locale
     * @param suffix the key after {@code <SimpleName>_}
     * @param arguments the pattern's arguments
     * @return the text
     */
    protected final String message(ValidationContext context, String suffix, Object... arguments) {
        return Messages.format(context.locale(), prefix + suffix, arguments);
    }

    @Override
    public String toString() {
        return id;
    }
}

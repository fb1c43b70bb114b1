// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import static dev.cartograph.service.internal.ElementReader.invalid;
import static dev.cartograph.service.internal.ExtensionSchema.CLASS;
import static dev.cartograph.service.internal.ExtensionSchema.DEFAULT_SEVERITY;
import static dev.cartograph.service.internal.ExtensionSchema.DESCRIPTION;
import static dev.cartograph.service.internal.ExtensionSchema.LABEL;
import static dev.cartograph.service.internal.ExtensionSchema.QUICK_FIX;
import static dev.cartograph.service.internal.ExtensionSchema.SEVERITY;

import org.eclipse.core.runtime.IConfigurationElement;

import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.QuickFix;
import dev.cartograph.validation.RuleBuilder;
import dev.cartograph.validation.RuleCheck;
import dev.cartograph.validation.ValidationRule;

/**
 * Reads and validates one {@code rule} element and its {@code quickFix} children. The rule's
 * id, texts and severity come from the element, so that listing the rules loads no plug-in
 * code; its check and fixes are created when first used.
 */
final class RuleReader {

    private static final ElementReader ELEMENT = new ElementReader(Messages.Rule_missingId, Messages.Rule_badId,
            Messages.Rule_missingAttribute);

    private RuleReader() {
    }

    /**
     * @param element a {@code rule} element
     * @param contributor the contributing bundle's name
     * @param report told once if a contributed class cannot be used, or a quick fix fails
     * @return the rule
     * @throws InvalidContributionException if the element breaks the schema
     */
    static ValidationRule read(IConfigurationElement element, String contributor, ExtensionInstance.Report report)
            throws InvalidContributionException {
        String id = ELEMENT.id(element);
        String label = ELEMENT.required(element, id, LABEL);
        FindingSeverity severity = severity(id, Attributes.text(element, SEVERITY));
        ELEMENT.required(element, id, CLASS);
        ExtensionInstance<RuleCheck> check = new ExtensionInstance<>(element, CLASS, RuleCheck.class,
                new ExtensionInstance.Texts(id, Messages.Rule_classNotCreated, Messages.Rule_wrongClass), report);
        RuleBuilder rule = ValidationRule.builder(id).label(label).description(Attributes.text(element, DESCRIPTION))
                .severity(severity).contributor(contributor).check(new ContributedCheck(check));
        for (IConfigurationElement fix : element.getChildren(QUICK_FIX)) {
            rule.quickFix(quickFix(fix, id, report));
        }
        return rule.build();
    }

    private static QuickFix quickFix(IConfigurationElement element, String ruleId, ExtensionInstance.Report report)
            throws InvalidContributionException {
        String label = Attributes.text(element, LABEL);
        if (label.isEmpty()) {
            throw invalid(ruleId, Messages.QuickFix_missingAttribute, LABEL);
        }
        if (Attributes.text(element, CLASS).isEmpty()) {
            throw invalid(ruleId, Messages.QuickFix_missingAttribute, CLASS);
        }
        ExtensionInstance<QuickFix> code = new ExtensionInstance<>(element, CLASS, QuickFix.class,
                new ExtensionInstance.Texts(ruleId, Messages.QuickFix_classNotCreated, Messages.QuickFix_wrongClass),
                report);
        return new ContributedQuickFix(ruleId, label, code, report);
    }

    /** Exactly one of the severities' ids, as the schema lists them; none means the default. */
    private static FindingSeverity severity(String id, String value) throws InvalidContributionException {
        if (value.isEmpty()) {
            return DEFAULT_SEVERITY;
        }
        for (FindingSeverity severity : FindingSeverity.values()) {
            if (severity.id().equals(value)) {
                return severity;
            }
        }
        throw invalid(id, Messages.Rule_badSeverity, value);
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.example.criterion;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.ResourceBundle;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.validation.RuleCheck;
import dev.cartograph.validation.ValidationContext;

/**
 * The check of the rule {@value #RULE_ID}: a use case rated high risk (3) or unacceptable (4)
 * on the criterion {@value #CRITERION_ID} must say in its business case how it deals with the
 * EU AI Act: its compliance notes must not be empty. A high-risk system must have risk
 * management, data governance, human oversight, a conformity assessment and a registration;
 * a prohibited one must be re-scoped or rejected. Either way the business case has to say so.
 * <p>
 * The rating is the use case's value in the scoring (the assessors' aggregated scores): a use
 * case nobody rated, a portfolio that disables the criterion, and a rejected use case raise
 * nothing. The finding is on the business case, or on the use case when it has none.
 * <p>
 * The id, label, description and severity are declared in {@code plugin.xml}; this class only
 * checks, reads the model and keeps no state, as every contributed check must.
 */
public final class AiActHighRiskCheck implements RuleCheck {

    /** The rule's id, as declared in {@code plugin.xml}. */
    public static final String RULE_ID = "example.aiActHighRiskWithoutComplianceNotes"; //$NON-NLS-1$

    /** The criterion this plug-in contributes: the EU AI Act risk class, 1 to 4. */
    public static final String CRITERION_ID = "ai-act-risk"; //$NON-NLS-1$

    /** The lowest rating of the high-risk class. */
    public static final double HIGH_RISK = 3;

    /** The lowest rating of the unacceptable (prohibited) class. */
    public static final double UNACCEPTABLE = 4;

    private static final String MESSAGES = "dev.cartograph.example.criterion.messages"; //$NON-NLS-1$

    /** Creates the check; the extension registry calls this. */
    public AiActHighRiskCheck() {
        // Stateless.
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCase useCase : context.portfolio().getUseCases()) {
            if (useCase.getStatus() == UseCaseStatus.REJECTED) {
                continue;
            }
            OptionalDouble rating = rating(context, useCase);
            BusinessCase businessCase = useCase.getBusinessCase();
            if (rating.isEmpty() || rating.getAsDouble() < HIGH_RISK || hasNotes(businessCase)) {
                continue;
            }
            String riskClass = rating.getAsDouble() >= UNACCEPTABLE ? "unacceptable" : "highRisk"; //$NON-NLS-1$ //$NON-NLS-2$
            String name = name(useCase, context.locale());
            if (businessCase != null) {
                context.report(businessCase, message(context.locale(), riskClass + "_noNotes", name, //$NON-NLS-1$
                        rating.getAsDouble()), useCase);
            } else {
                context.report(useCase, message(context.locale(), riskClass + "_noBusinessCase", name, //$NON-NLS-1$
                        rating.getAsDouble()));
            }
        }
    }

    private static OptionalDouble rating(ValidationContext context, UseCase useCase) {
        return context.score(useCase).flatMap(score -> score.criterion(CRITERION_ID))
                .filter(CriterionScore::isPresent).map(score -> OptionalDouble.of(score.value()))
                .orElse(OptionalDouble.empty());
    }

    private static boolean hasNotes(BusinessCase businessCase) {
        return businessCase != null && businessCase.getComplianceNotes() != null
                && !businessCase.getComplianceNotes().isBlank();
    }

    private static String name(UseCase useCase, Locale locale) {
        String name = useCase.getName();
        return name == null || name.isBlank() ? message(locale, "unnamed") : name; //$NON-NLS-1$
    }

    /** Formats a message of {@code messages.properties} in the validation's locale, English if it has no translation. */
    private static String message(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(MESSAGES, locale, AiActHighRiskCheck.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}

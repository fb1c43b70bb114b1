// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.UseCase;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * Practice 5: the business case of a use case at the business case or beyond quantifies
 * neither its costs (one-off or running) nor its financial effect (revenue gained or cost
 * avoided), or one of them. Business cases drafted earlier are left alone.
 */
public final class BusinessCaseNotQuantified extends BuiltInRule {

    /** Creates the rule. */
    public BusinessCaseNotQuantified() {
        super(BuiltInRules.BUSINESS_CASE_NOT_QUANTIFIED, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCase useCase : context.portfolio().getUseCases()) {
            BusinessCase businessCase = useCase.getBusinessCase();
            if (businessCase == null || !Statuses.hasBusinessCaseStage(useCase.getStatus())) {
                continue;
            }
            boolean costs = businessCase.isSetOneOffCost() || businessCase.isSetRunningCostPerYear();
            boolean effect = businessCase.isSetAnnualRevenueGained() || businessCase.isSetAnnualCostAvoided();
            String name = Texts.name(useCase, context.locale());
            if (!costs && !effect) {
                context.report(businessCase, message(context, "neither", name), useCase); //$NON-NLS-1$
            } else if (!costs) {
                context.report(businessCase, message(context, "noCost", name), useCase); //$NON-NLS-1$
            } else if (!effect) {
                context.report(businessCase, message(context, "noEffect", name), useCase); //$NON-NLS-1$
            }
        }
    }
}

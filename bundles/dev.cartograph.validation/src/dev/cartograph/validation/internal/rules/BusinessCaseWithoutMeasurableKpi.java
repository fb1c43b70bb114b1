// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.Kpi;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * Practice 5: a business case with no KPI that has both a baseline and a target, so its benefit
 * cannot be measured. A warning from the business case status on; information on a business
 * case drafted earlier.
 */
public final class BusinessCaseWithoutMeasurableKpi extends BuiltInRule {

    /** Creates the rule. */
    public BusinessCaseWithoutMeasurableKpi() {
        super(BuiltInRules.BUSINESS_CASE_NO_MEASURABLE_KPI, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCase useCase : context.portfolio().getUseCases()) {
            BusinessCase businessCase = useCase.getBusinessCase();
            if (businessCase == null || useCase.getStatus() == UseCaseStatus.REJECTED || isMeasurable(businessCase)) {
                continue;
            }
            FindingSeverity severity = Statuses.hasBusinessCaseStage(useCase.getStatus()) ? defaultSeverity()
                    : FindingSeverity.INFO;
            String name = Texts.name(useCase, context.locale());
            int kpis = businessCase.getKpis().size();
            String text = kpis == 0 ? message(context, "noKpi", name) //$NON-NLS-1$
                    : message(context, "incompleteKpis", name, kpis); //$NON-NLS-1$
            context.report(severity, businessCase, text, useCase);
        }
    }

    private static boolean isMeasurable(BusinessCase businessCase) {
        for (Kpi kpi : businessCase.getKpis()) {
            if (kpi.isSetBaseline() && kpi.isSetTarget()) {
                return true;
            }
        }
        return false;
    }
}

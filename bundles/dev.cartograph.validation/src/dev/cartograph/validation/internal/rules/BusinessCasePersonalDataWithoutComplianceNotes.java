// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.DataAsset;
import dev.cartograph.model.UseCase;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * The business case of a use case at the business case or beyond that uses personal data but
 * has no compliance notes (legal basis, safeguards): the one-page business case asks for risks
 * and compliance notes, and personal data is where they matter most.
 */
public final class BusinessCasePersonalDataWithoutComplianceNotes extends BuiltInRule {

    /** Creates the rule. */
    public BusinessCasePersonalDataWithoutComplianceNotes() {
        super(BuiltInRules.BUSINESS_CASE_PERSONAL_DATA_WITHOUT_COMPLIANCE_NOTES, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCase useCase : context.portfolio().getUseCases()) {
            BusinessCase businessCase = useCase.getBusinessCase();
            if (businessCase == null || !Statuses.hasBusinessCaseStage(useCase.getStatus())
                    || !Texts.isBlank(businessCase.getComplianceNotes())) {
                continue;
            }
            List<DataAsset> personal = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (DataAsset asset : useCase.getDataAssets()) {
                if (asset.isContainsPersonalData()) {
                    personal.add(asset);
                    names.add(Texts.name(asset, context.locale()));
                }
            }
            if (!personal.isEmpty()) {
                context.report(defaultSeverity(), businessCase, message(context, "message", //$NON-NLS-1$
                        Texts.name(useCase, context.locale()), Texts.list(names, context.locale())), personal);
            }
        }
    }
}

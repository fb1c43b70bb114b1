// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.model.GateEffect;
import dev.cartograph.scoring.GateHit;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * An approved, piloted or deployed use case that a knock-out gate stops: an error when a
 * blocking gate applies, a warning when it is only "not ready".
 */
public final class UseCaseApprovedButGated extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseApprovedButGated() {
        super(BuiltInRules.USE_CASE_APPROVED_BUT_GATED, FindingSeverity.ERROR);
    }

    @Override
    public void check(ValidationContext context) {
        for (UseCaseScore score : context.scoring().all()) {
            if (!Statuses.isCommitted(score.useCase().getStatus()) || score.gates().isEmpty()) {
                continue;
            }
            boolean blocked = false;
            List<String> reasons = new ArrayList<>(score.gates().size());
            for (GateHit hit : score.gates()) {
                blocked |= hit.gate().effect() != GateEffect.NOT_READY;
                reasons.add(hit.message(context.locale()));
            }
            String name = Texts.name(score.useCase(), context.locale());
            String status = Texts.status(score.useCase().getStatus(), context.locale());
            String reason = Texts.reasons(reasons, context.locale());
            if (blocked) {
                context.report(FindingSeverity.ERROR, score.useCase(), message(context, "blocked", name, status, reason)); //$NON-NLS-1$
            } else {
                context.report(FindingSeverity.WARNING, score.useCase(),
                        message(context, "notReady", name, status, reason)); //$NON-NLS-1$
            }
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.HashMap;
import java.util.Map;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * Two use cases with different names but the same anchors (workflow steps, journey stages and
 * frictions) and the same AI pattern: possibly one use case under two names. Only use cases
 * that address at least one friction are compared (the same problem at the same place), so
 * that two different ideas for one busy workflow step are not flagged; rejected use cases are
 * skipped; a pair with the same name is left to
 * {@link UseCaseDuplicateName}. One pass with a hash map of anchor sets.
 */
public final class UseCaseSameAnchors extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseSameAnchors() {
        super(BuiltInRules.USE_CASE_SAME_ANCHORS, FindingSeverity.INFO);
    }

    @Override
    public void check(ValidationContext context) {
        Map<Anchors, UseCase> first = new HashMap<>();
        for (UseCase useCase : context.portfolio().getUseCases()) {
            Anchors anchors = useCase.getStatus() == UseCaseStatus.REJECTED ? null : Anchors.of(useCase);
            if (anchors == null || !anchors.hasFriction()) {
                continue;
            }
            UseCase original = first.putIfAbsent(anchors, useCase);
            if (original != null && !Names.normalise(original.getName()).equals(Names.normalise(useCase.getName()))) {
                context.report(useCase, message(context, "message", Texts.name(useCase, context.locale()), //$NON-NLS-1$
                        Texts.name(original, context.locale())), original);
            }
        }
    }
}

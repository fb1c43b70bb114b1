// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.HashMap;
import java.util.Map;

import dev.cartograph.model.UseCase;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * Practice 4, one playbook: two use cases with the same name once case, accents, punctuation and
 * spacing are ignored, probably the same idea found by two teams. Reported on each use case after
 * the first of that name, with the first as related element; the message says when their anchors
 * are the same too. One pass with a hash map of normalised names.
 */
public final class UseCaseDuplicateName extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseDuplicateName() {
        super(BuiltInRules.USE_CASE_DUPLICATE_NAME, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        Map<String, UseCase> first = new HashMap<>();
        for (UseCase useCase : context.portfolio().getUseCases()) {
            String key = Names.normalise(useCase.getName());
            if (key.isEmpty()) {
                continue;
            }
            UseCase original = first.putIfAbsent(key, useCase);
            if (original != null) {
                Anchors anchors = Anchors.of(useCase);
                boolean sameAnchors = anchors != null && anchors.equals(Anchors.of(original));
                context.report(useCase, message(context, sameAnchors ? "sameAnchors" : "message", //$NON-NLS-1$ //$NON-NLS-2$
                        Texts.name(useCase, context.locale()), Texts.name(original, context.locale())), original);
            }
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.List;

/**
 * A criterion id that scores in the model name but no installed plug-in provides. Those scores
 * are kept untouched in the model and not counted.
 *
 * @param criterionId the unknown id
 * @param useCases the use cases with at least one score naming it, in model order
 */
public record UnknownCriterion(String criterionId, List<UseCaseScore> useCases) {

    /** Copies the list. */
    public UnknownCriterion {
        useCases = List.copyOf(useCases);
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cartograph.compare.ElementState;
import dev.cartograph.compare.ModelSnapshot;
import dev.cartograph.model.CartographPackage;

/**
 * Scores that two branches gave the same use case on the same criterion: both are new elements, so the merge keeps
 * both (several assessors may score a use case; the scoring combines them), and says so.
 *
 * @param useCaseId the use case's id
 * @param criterionId the criterion
 * @param oursAssessor who scored it on our side ({@code null} if unnamed)
 * @param theirsAssessor who scored it on their side ({@code null} if unnamed)
 */
public record ParallelScores(String useCaseId, String criterionId, String oursAssessor, String theirsAssessor) {

    private static final String CRITERION = CartographPackage.Literals.SCORE__CRITERION_ID.getName();
    private static final String ASSESSOR = CartographPackage.Literals.SCORE__ASSESSOR.getName();

    /**
     * @param base the common ancestor
     * @param ours our version
     * @param theirs their version
     * @return the pairs of scores both sides added to one use case on one criterion
     */
    public static List<ParallelScores> find(ModelSnapshot base, ModelSnapshot ours, ModelSnapshot theirs) {
        Map<String, ElementState> added = addedScores(base, ours);
        List<ParallelScores> found = new ArrayList<>();
        addedScores(base, theirs).forEach((key, score) -> {
            ElementState mine = added.get(key);
            if (mine != null && !mine.id().equals(score.id())) {
                found.add(new ParallelScores(score.container(), (String) score.value(CRITERION),
                        (String) mine.value(ASSESSOR), (String) score.value(ASSESSOR)));
            }
        });
        return found;
    }

    private static Map<String, ElementState> addedScores(ModelSnapshot base, ModelSnapshot side) {
        Map<String, ElementState> scores = new LinkedHashMap<>();
        for (ElementState state : side.elements().values()) {
            if (state.eClass() == CartographPackage.Literals.SCORE && base.get(state.id()) == null
                    && state.value(CRITERION) != null) {
                scores.putIfAbsent(state.container() + '#' + state.value(CRITERION), state);
            }
        }
        return scores;
    }
}

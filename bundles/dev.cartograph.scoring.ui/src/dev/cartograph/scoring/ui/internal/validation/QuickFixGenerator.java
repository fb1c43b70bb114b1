// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.validation.BuiltInRules;

/** Offers the quick fixes of a validation marker's finding (Problems view, Quick Fix). */
public final class QuickFixGenerator implements IMarkerResolutionGenerator2 {

    /** The rules whose findings are resolved by scoring the use case: they offer to open its scores. */
    private static final Set<String> SCORING_RULES = Set.of(BuiltInRules.USE_CASE_RANKED_ON_PARTIAL_SCORES,
            BuiltInRules.USE_CASE_CRITERION_UNSCORED);

    @Override
    public boolean hasResolutions(IMarker marker) {
        return !labels(marker).isEmpty() || opensScores(marker);
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        List<String> labels = labels(marker);
        List<IMarkerResolution> resolutions = new ArrayList<>(labels.size() + 1);
        for (int i = 0; i < labels.size(); i++) {
            resolutions.add(new QuickFixResolution(labels.get(i), i));
        }
        if (opensScores(marker)) {
            resolutions.add(new OpenScoresResolution());
        }
        return resolutions.toArray(IMarkerResolution[]::new);
    }

    private static boolean opensScores(IMarker marker) {
        return SCORING_RULES.contains(marker.getAttribute(ScoringUi.MARKER_RULE_ID, "")); //$NON-NLS-1$
    }

    private static List<String> labels(IMarker marker) {
        String stored = marker.getAttribute(MarkerSpec.QUICK_FIXES, ""); //$NON-NLS-1$
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n")); //$NON-NLS-1$
    }
}

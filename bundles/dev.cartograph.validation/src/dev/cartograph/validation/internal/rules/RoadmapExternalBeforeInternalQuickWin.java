// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.List;

import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * Practice 1, start inside: an external use case planned in a wave that comes before the first
 * wave holding an internal quick win (an internal use case that is ranked, in the quick-win
 * quadrant), or planned while no internal quick win is planned at all. Use cases already in
 * pilot or deployed are facts, not plans, and are skipped.
 */
public final class RoadmapExternalBeforeInternalQuickWin extends BuiltInRule {

    /** Creates the rule. */
    public RoadmapExternalBeforeInternalQuickWin() {
        super(BuiltInRules.ROADMAP_EXTERNAL_BEFORE_INTERNAL_QUICK_WIN, FindingSeverity.WARNING);
    }

    @Override
    public void check(ValidationContext context) {
        List<Wave> waves = ModelWalk.waves(context.portfolio());
        int first = firstQuickWinWave(context, waves);
        int end = first < 0 ? waves.size() : first;
        for (int i = 0; i < end; i++) {
            Wave wave = waves.get(i);
            for (UseCase useCase : wave.getUseCases()) {
                if (useCase.getScope() != Scope.EXTERNAL || useCase.getStatus() == UseCaseStatus.REJECTED
                        || Statuses.isRunning(useCase.getStatus())) {
                    continue;
                }
                String name = Texts.name(useCase, context.locale());
                String waveName = Texts.name(wave, context.locale());
                if (first < 0) {
                    context.report(useCase, message(context, "noQuickWin", name, waveName), wave); //$NON-NLS-1$
                } else {
                    Wave quickWins = waves.get(first);
                    context.report(useCase, message(context, "message", name, waveName, //$NON-NLS-1$
                            Texts.name(quickWins, context.locale())), wave, quickWins);
                }
            }
        }
    }

    private static int firstQuickWinWave(ValidationContext context, List<Wave> waves) {
        for (int i = 0; i < waves.size(); i++) {
            for (UseCase useCase : waves.get(i).getUseCases()) {
                if (useCase.getScope() == Scope.INTERNAL && isQuickWin(context, useCase)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isQuickWin(ValidationContext context, UseCase useCase) {
        UseCaseScore score = context.score(useCase).orElse(null);
        return score != null && score.isRanked() && score.quadrant() == Quadrant.QUICK_WIN;
    }
}

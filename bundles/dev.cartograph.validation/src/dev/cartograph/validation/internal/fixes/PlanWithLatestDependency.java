// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.fixes;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.internal.Messages;
import dev.cartograph.validation.internal.rules.ModelWalk;
import dev.cartograph.validation.internal.rules.Texts;

/**
 * For a use case planned before one of its dependencies: moves it to the wave of its latest
 * (not rejected) dependency, which repairs every such finding of the use case at once.
 */
public final class PlanWithLatestDependency extends BuiltInFix {

    /** The fix. */
    public static final PlanWithLatestDependency INSTANCE = new PlanWithLatestDependency();

    private PlanWithLatestDependency() {
    }

    @Override
    public String label(Finding finding, Locale locale) {
        UseCase useCase = finding.element() instanceof UseCase u ? u : null;
        Wave target = useCase == null ? null : latestDependencyWave(useCase);
        return Messages.format(locale, "PlanWithLatestDependency_label", Texts.name(useCase, locale), //$NON-NLS-1$
                Texts.name(target, locale));
    }

    @Override
    public boolean isApplicable(Finding finding) {
        return finding.element() instanceof UseCase useCase && latestDependencyWave(useCase) != null;
    }

    @Override
    Command repair(EditingDomain domain, Finding finding) {
        UseCase useCase = (UseCase) finding.element();
        return new SetCommand(domain, useCase, CartographPackage.Literals.USE_CASE__WAVE,
                latestDependencyWave(useCase));
    }

    /** @return the wave of the latest dependency when it is later than the use case's own wave, else {@code null} */
    private static Wave latestDependencyWave(UseCase useCase) {
        if (!(useCase.eContainer() instanceof Portfolio portfolio) || useCase.getWave() == null) {
            return null;
        }
        Map<Wave, Integer> positions = ModelWalk.wavePositions(portfolio);
        Integer own = positions.get(useCase.getWave());
        if (own == null) {
            return null;
        }
        Wave latest = null;
        int latestPosition = own;
        for (UseCase dependency : useCase.getDependsOn()) {
            Integer position = positions.get(dependency.getWave());
            if (position != null && position > latestPosition && dependency.getStatus() != UseCaseStatus.REJECTED) {
                latest = dependency.getWave();
                latestPosition = position;
            }
        }
        return latest;
    }
}

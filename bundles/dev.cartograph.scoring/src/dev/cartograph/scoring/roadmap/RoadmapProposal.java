// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Roadmap;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.scoring.internal.Messages;

/**
 * A proposed roadmap: waves with the use cases placed in them, and the use cases left out,
 * each with a reason. Immutable; {@link #toCommand(EditingDomain)} turns it into an undoable
 * change of the model.
 */
public final class RoadmapProposal {

    private final Portfolio portfolio;
    private final List<WavePlan> waves;
    private final List<Unplanned> unplanned;

    /**
     * @param portfolio the portfolio
     * @param waves the waves, in order
     * @param unplanned the use cases left out, in model order within each kind of reason
     */
    public RoadmapProposal(Portfolio portfolio, List<WavePlan> waves, List<Unplanned> unplanned) {
        this.portfolio = portfolio;
        this.waves = List.copyOf(waves);
        this.unplanned = List.copyOf(unplanned);
    }

    /** @return the portfolio */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** @return the waves, in order */
    public List<WavePlan> waves() {
        return waves;
    }

    /** @return the use cases left out */
    public List<Unplanned> unplanned() {
        return unplanned;
    }

    /**
     * @param useCase a use case
     * @return where it is placed, if it is
     */
    public Optional<Placement> placementOf(UseCase useCase) {
        return waves.stream().flatMap(w -> w.placements().stream()).filter(p -> p.useCase().useCase() == useCase)
                .findFirst();
    }

    /**
     * Builds the command that applies the proposal: it creates the proposed waves the model
     * lacks (and the roadmap if there is none), sets each placed use case's wave, and clears
     * the wave of each unplanned use case that has one (except deployed ones, left as they
     * are). Put it on the editing domain's command stack to make it undoable.
     *
     * @param domain the editing domain of the portfolio
     * @return the command; an {@link IdentityCommand} if the model already matches
     */
    public Command toCommand(EditingDomain domain) {
        CartographPackage pkg = CartographPackage.eINSTANCE;
        CompoundCommand command = new CompoundCommand(Messages.get("Roadmap_commandLabel")); //$NON-NLS-1$
        Wave[] targets = new Wave[waves.size()];
        List<Wave> created = new ArrayList<>();
        for (WavePlan plan : waves) {
            Wave target = plan.wave();
            if (target == null) {
                target = CartographFactory.eINSTANCE.createWave();
                target.setName(plan.name());
                target.setCapacity(plan.capacity());
                created.add(target);
            }
            targets[plan.number() - 1] = target;
        }
        if (!created.isEmpty()) {
            Roadmap roadmap = portfolio.getRoadmap();
            if (roadmap == null) {
                roadmap = CartographFactory.eINSTANCE.createRoadmap();
                roadmap.setName(Messages.get("Roadmap_name")); //$NON-NLS-1$
                roadmap.getWaves().addAll(created);
                command.append(SetCommand.create(domain, portfolio, pkg.getPortfolio_Roadmap(), roadmap));
            } else {
                command.append(AddCommand.create(domain, roadmap, pkg.getRoadmap_Waves(), created));
            }
        }
        for (WavePlan plan : waves) {
            for (Placement placement : plan.placements()) {
                UseCase useCase = placement.useCase().useCase();
                Wave target = targets[plan.number() - 1];
                if (useCase.getWave() != target) {
                    command.append(SetCommand.create(domain, useCase, pkg.getUseCase_Wave(), target));
                }
            }
        }
        for (Unplanned left : unplanned) {
            UseCase useCase = left.useCase().useCase();
            if (useCase.getWave() != null && useCase.getStatus() != UseCaseStatus.DEPLOYED) {
                command.append(SetCommand.create(domain, useCase, pkg.getUseCase_Wave(), null));
            }
        }
        return command.isEmpty() ? IdentityCommand.INSTANCE : command;
    }
}

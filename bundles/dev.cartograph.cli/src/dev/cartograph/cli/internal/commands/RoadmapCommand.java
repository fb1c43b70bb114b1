// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.Labels;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Section;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.roadmap.Placement;
import dev.cartograph.scoring.roadmap.RoadmapPlanner;
import dev.cartograph.scoring.roadmap.RoadmapProposal;
import dev.cartograph.scoring.roadmap.Unplanned;
import dev.cartograph.scoring.roadmap.WavePlan;

/**
 * {@code roadmap FILE}: the roadmap the planner proposes (internal quick wins first, then by
 * tier and rank, dependencies first, within each wave's capacity), with the reason of each
 * placement, and the use cases not planned with the reason. The file is not changed.
 */
public final class RoadmapCommand extends ScoredPortfolioCommand {

    @Override
    public String name() {
        return "roadmap"; //$NON-NLS-1$
    }

    @Override
    Reporter reporter(Invocation invocation) {
        return (loaded, result) -> report(invocation, loaded, result, RoadmapPlanner.propose(result));
    }

    static Document report(Invocation invocation, LoadedPortfolio loaded, ScoringResult result,
            RoadmapProposal proposal) {
        Labels labels = new Labels(invocation.locale());
        Document document = new Document("roadmap", invocation.text("Title_roadmap", loaded.name())); //$NON-NLS-1$ //$NON-NLS-2$
        Reports.header(document, invocation, loaded);
        Reports.rankingMode(document, invocation, result);
        Section waves = document.section(new Section("waves", invocation.text("Section_waves"), null, //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("wave", invocation.text("Column_wave")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("waveName", invocation.text("Column_waveName")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("capacity", invocation.text("Column_capacity")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("planned", invocation.text("Column_planned")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("deployed", invocation.text("Column_deployedInWave")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.bool("inModel", invocation.text("Column_inModel")))); //$NON-NLS-1$ //$NON-NLS-2$
        Section planned = document.section(new Section("placements", invocation.text("Section_placements"), //$NON-NLS-1$ //$NON-NLS-2$
                invocation.text("Empty_placements"), //$NON-NLS-1$
                Column.integer("wave", invocation.text("Column_wave")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("name", invocation.text("Column_useCase")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("tier", invocation.text("Column_tier")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("id", invocation.text("Column_id")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("reason", invocation.text("Column_reason")))); //$NON-NLS-1$ //$NON-NLS-2$
        for (WavePlan wave : proposal.waves()) {
            waves.add(wave.number(), wave.name(), wave.capacity(), wave.placements().size(), wave.delivered(),
                    wave.wave() != null);
            for (Placement placement : wave.placements()) {
                planned.add(wave.number(), placement.useCase().name(), labels.tier(placement.tier()),
                        Labels.id(placement.useCase().useCase()), placement.reason());
            }
        }
        Section unplanned = document.section(new Section("unplanned", invocation.text("Section_unplanned"), null, //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("name", invocation.text("Column_useCase")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("standing", invocation.text("Column_standing")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("id", invocation.text("Column_id")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("reason", invocation.text("Column_reason")))); //$NON-NLS-1$ //$NON-NLS-2$
        for (Unplanned left : proposal.unplanned()) {
            unplanned.add(left.useCase().name(), labels.standing(left.useCase().standing()),
                    Labels.id(left.useCase().useCase()), left.reason());
        }
        Reports.notes(document, invocation, result);
        return document;
    }
}

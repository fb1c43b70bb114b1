// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.GateHit;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.internal.Messages;
import dev.cartograph.scoring.internal.WaveScheduler;
import dev.cartograph.scoring.internal.WaveScheduler.Candidate;

/**
 * Proposes a roadmap from a scoring result. Ranked use cases in the quick win, strategic bet
 * and fill-in quadrants are candidates, served by {@link PlanTier} then rank; each goes to the
 * earliest wave that has room and comes after every wave holding one of its dependencies
 * ({@code UseCase.dependsOn}; a deployed dependency is no constraint). Use cases that are
 * dropped, gated, incomplete, rejected or deployed, that depend on a use case not planned, or
 * that find no room, are listed as unplanned with the reason.
 * <p>
 * The waves are those of the portfolio's roadmap, if it has any, else
 * {@link RoadmapOptions#defaultWaveCount()} new ones. A wave's capacity is its
 * {@code capacity} if set, else {@link RoadmapOptions#defaultCapacity()}, else the number of
 * quick wins and strategic bets divided by the number of waves, rounded up. A deployed use case
 * stays in the wave that delivered it, and takes its place in that wave's capacity; so does a use
 * case in pilot in a wave (work already running is never proposed again). A wave's intent (its
 * scopes, workflow categories and quadrants, see {@link WaveIntent}) decides which use cases it
 * takes: one it excludes goes to the next wave that takes it, with the reason saying so.
 */
public final class RoadmapPlanner {

    private RoadmapPlanner() {
    }

    /**
     * @param result a scoring result
     * @return the proposal with the default options
     */
    public static RoadmapProposal propose(ScoringResult result) {
        return propose(result, RoadmapOptions.defaults());
    }

    /**
     * @param result a scoring result
     * @param options the options
     * @return the proposal
     */
    public static RoadmapProposal propose(ScoringResult result, RoadmapOptions options) {
        Portfolio portfolio = result.portfolio();
        List<Unplanned> unplanned = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<UseCase, Boolean> deployed = new IdentityHashMap<>();
        List<Wave> modelWaves = portfolio.getRoadmap() == null ? List.of() : portfolio.getRoadmap().getWaves();
        int waveCount = modelWaves.isEmpty() ? options.defaultWaveCount() : modelWaves.size();
        int[] taken = new int[waveCount];
        for (UseCaseScore score : result.all()) {
            if (score.status() == UseCaseStatus.DEPLOYED) {
                deployed.put(score.useCase(), Boolean.TRUE);
                Wave wave = score.useCase().getWave();
                int in = wave == null ? -1 : modelWaves.indexOf(wave); // List.of() refuses to look for null
                if (in >= 0) {
                    taken[in]++;
                }
                unplanned.add(new Unplanned(score, in < 0 ? Messages.get("Roadmap_deployed") //$NON-NLS-1$
                        : Messages.get("Roadmap_deployedIn", in + 1))); //$NON-NLS-1$
                continue;
            }
            Wave current = score.useCase().getWave();
            int running = current == null ? -1 : modelWaves.indexOf(current);
            if (score.status() == UseCaseStatus.PILOT && running >= 0) {
                // work already running is kept where it is, never proposed again as new work
                deployed.put(score.useCase(), Boolean.TRUE);
                taken[running]++;
                unplanned.add(new Unplanned(score, Messages.get("Roadmap_pilotIn", running + 1))); //$NON-NLS-1$
                continue;
            }
            Optional<PlanTier> tier = score.isRanked() ? PlanTier.of(score.quadrant(), score.scope()) : Optional.empty();
            if (tier.isPresent()) {
                candidates.add(new Candidate(score, tier.get(), result.rankOf(score.useCase())));
            } else {
                unplanned.add(new Unplanned(score, whyNot(score)));
            }
        }
        long primary = candidates.stream().filter(c -> c.tier() != PlanTier.FILL_IN).count();
        int shared = options.defaultCapacity() > 0 ? options.defaultCapacity()
                : (int) Math.max(1, (primary + waveCount - 1) / waveCount);
        int[] capacity = new int[waveCount];
        for (int w = 0; w < waveCount; w++) {
            Wave wave = modelWaves.isEmpty() ? null : modelWaves.get(w);
            capacity[w] = wave != null && wave.isSetCapacity() ? Math.max(0, wave.getCapacity()) : shared;
        }
        WaveIntent[] intents = new WaveIntent[waveCount];
        for (int w = 0; w < waveCount; w++) {
            intents[w] = WaveIntent.of(modelWaves.isEmpty() ? null : modelWaves.get(w));
        }
        WaveScheduler scheduler = new WaveScheduler(capacity, taken, intents);
        candidates.forEach(scheduler::add);
        List<List<Placement>> placements = new ArrayList<>();
        for (int w = 0; w < waveCount; w++) {
            placements.add(new ArrayList<>());
        }
        List<Candidate> scheduled = scheduler.schedule(deployed);
        scheduled.stream().filter(c -> c.wave() >= 0).sorted(Comparator.comparingInt(Candidate::sequence))
                .forEach(c -> placements.get(c.wave()).add(new Placement(c.score(), c.wave() + 1, c.tier(), c.reason())));
        scheduled.stream().filter(c -> c.wave() < 0).forEach(c -> unplanned.add(new Unplanned(c.score(), c.reason())));
        List<WavePlan> waves = new ArrayList<>();
        for (int w = 0; w < waveCount; w++) {
            Wave wave = modelWaves.isEmpty() ? null : modelWaves.get(w);
            String name = wave != null && wave.getName() != null ? wave.getName() : Messages.get("Roadmap_waveName", w + 1); //$NON-NLS-1$
            waves.add(new WavePlan(w + 1, name, wave, capacity[w], taken[w], placements.get(w)));
        }
        return new RoadmapProposal(portfolio, waves, unplanned);
    }

    private static String whyNot(UseCaseScore score) {
        return switch (score.standing()) {
        case REJECTED -> score.rejectionReason().isEmpty() ? Messages.get("Roadmap_rejected") //$NON-NLS-1$
                : Messages.get("Roadmap_rejectedBecause", score.rejectionReason()); //$NON-NLS-1$
        case BLOCKED -> Messages.get("Roadmap_blocked", gates(score)); //$NON-NLS-1$
        case NOT_READY -> Messages.get("Roadmap_notReady", gates(score)); //$NON-NLS-1$
        case INCOMPLETE -> Messages.get("Roadmap_incomplete", //$NON-NLS-1$
                score.missing().stream().map(Criterion::label).collect(Collectors.joining(", "))); //$NON-NLS-1$
        case RANKED -> Messages.get("Roadmap_drop", score.overall()); //$NON-NLS-1$
        };
    }

    private static String gates(UseCaseScore score) {
        return score.gates().stream().map(GateHit::message).collect(Collectors.joining("; ")); //$NON-NLS-1$
    }
}

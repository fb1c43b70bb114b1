// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.roadmap.PlanTier;
import dev.cartograph.scoring.roadmap.WaveIntent;

/**
 * Places candidate use cases in waves: the highest-priority candidate whose dependencies are
 * all placed goes to the earliest wave after its dependencies that has room. When there is more
 * than one wave, external (customer-facing) use cases start from the second wave: the first
 * wave is internal (practice 1 of the method). A wave whose intent (scopes, workflow categories,
 * quadrants) excludes a candidate is never given it: the candidate goes to the next wave that
 * takes it and has room. A candidate whose
 * dependency cannot be placed is left out, and so on transitively.
 */
public final class WaveScheduler {

    /** A use case the planner may place. */
    public static final class Candidate {
        final UseCaseScore score;
        final PlanTier tier;
        final int rank;
        final List<Candidate> dependencies = new ArrayList<>();
        final List<Candidate> dependents = new ArrayList<>();
        int waiting;
        int wave = -1;
        int sequence = -1;
        String reason;
        boolean left;

        /**
         * @param score the use case's score
         * @param tier its tier
         * @param rank its rank
         */
        public Candidate(UseCaseScore score, PlanTier tier, int rank) {
            this.score = score;
            this.tier = tier;
            this.rank = rank;
        }

        /** @return the use case's score */
        public UseCaseScore score() {
            return score;
        }

        /** @return its tier */
        public PlanTier tier() {
            return tier;
        }

        /** @return the wave index from 0, or -1 if not placed */
        public int wave() {
            return wave;
        }

        /** @return the order in which it was placed, from 0, or -1 if not placed */
        public int sequence() {
            return sequence;
        }

        /** @return why it is placed or left out */
        public String reason() {
            return reason;
        }
    }

    private final int[] capacity;
    private final int[] used;
    private final WaveIntent[] intents;
    private int placed;
    private final Map<UseCase, Candidate> candidates = new LinkedHashMap<>();

    /**
     * @param capacity the capacity of each wave
     * @param taken the places of each wave already taken (by use cases it delivered)
     */
    public WaveScheduler(int[] capacity, int[] taken) {
        this(capacity, taken, null);
    }

    /**
     * @param capacity the capacity of each wave
     * @param taken the places of each wave already taken (by use cases it delivered or pilots)
     * @param intents what each wave is for, or {@code null} when every wave takes every use case
     */
    public WaveScheduler(int[] capacity, int[] taken, WaveIntent[] intents) {
        this.capacity = capacity.clone();
        this.used = taken.clone();
        this.intents = intents == null ? null : intents.clone();
    }

    private boolean excludes(int wave, Candidate candidate) {
        return intents != null && wave < intents.length && !intents[wave].accepts(candidate.score);
    }

    /**
     * @param candidate a candidate
     */
    public void add(Candidate candidate) {
        candidates.put(candidate.score.useCase(), candidate);
    }

    /**
     * Places the candidates.
     *
     * @param satisfied use cases that count as done (deployed): depending on them is no constraint
     * @return the candidates, placed or left out, in the order added
     */
    public List<Candidate> schedule(Map<UseCase, Boolean> satisfied) {
        for (Candidate candidate : candidates.values()) {
            link(candidate, satisfied);
        }
        for (Candidate candidate : candidates.values()) {
            if (candidate.left) {
                leaveDependents(candidate);
            }
        }
        PriorityQueue<Candidate> ready = new PriorityQueue<>(Comparator.comparingInt((Candidate c) -> c.tier.priority())
                .thenComparingInt(c -> c.rank));
        for (Candidate candidate : candidates.values()) {
            if (!candidate.left && candidate.waiting == 0) {
                ready.add(candidate);
            }
        }
        while (!ready.isEmpty()) {
            Candidate next = ready.poll();
            place(next);
            for (Candidate dependent : next.dependents) {
                if (!dependent.left && --dependent.waiting == 0) {
                    ready.add(dependent);
                }
            }
        }
        for (Candidate candidate : candidates.values()) {
            if (candidate.wave < 0 && !candidate.left) {
                candidate.left = true;
                candidate.reason = Messages.get("Roadmap_cycle"); //$NON-NLS-1$
            }
        }
        return List.copyOf(candidates.values());
    }

    private void link(Candidate candidate, Map<UseCase, Boolean> satisfied) {
        Map<Candidate, Boolean> seen = new IdentityHashMap<>();
        for (UseCase dependency : candidate.score.useCase().getDependsOn()) {
            if (satisfied.containsKey(dependency)) {
                continue;
            }
            Candidate other = candidates.get(dependency);
            if (other == null) {
                if (!candidate.left) {
                    candidate.left = true;
                    candidate.reason = Messages.get("Roadmap_dependencyNotPlanned", dependency.getName()); //$NON-NLS-1$
                }
            } else if (other != candidate && seen.put(other, Boolean.TRUE) == null) {
                candidate.dependencies.add(other);
                other.dependents.add(candidate);
                candidate.waiting++;
            }
        }
    }

    private void place(Candidate candidate) {
        int earliest = 0;
        Candidate binding = null;
        for (Candidate dependency : candidate.dependencies) {
            if (dependency.wave + 1 > earliest) {
                earliest = dependency.wave + 1;
                binding = dependency;
            }
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(Messages.get("Roadmap_reasonTier", candidate.tier.label(), candidate.score.overall())); //$NON-NLS-1$
        if (binding != null) {
            reasons.add(Messages.get("Roadmap_reasonAfterDependency", binding.score.name(), binding.wave + 1)); //$NON-NLS-1$
        }
        if (earliest == 0 && capacity.length > 1 && candidate.score.scope() == Scope.EXTERNAL) {
            // Practice 1 of the method: the first wave is internal; customer-facing work comes after.
            earliest = 1;
            reasons.add(Messages.get("Roadmap_reasonStartInside")); //$NON-NLS-1$
        }
        int wave = earliest;
        List<String> excluded = new ArrayList<>();
        boolean full = false;
        while (wave < capacity.length && (excludes(wave, candidate) || used[wave] >= capacity[wave])) {
            if (excludes(wave, candidate)) {
                excluded.add(String.valueOf(wave + 1));
            } else {
                full = true;
                reasons.add(Messages.get("Roadmap_reasonWaveFull", wave + 1, capacity[wave])); //$NON-NLS-1$
            }
            wave++;
        }
        if (!excluded.isEmpty()) {
            reasons.add(Messages.get("Roadmap_reasonIntent", String.join(", ", excluded))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (wave >= capacity.length) {
            candidate.left = true;
            if (earliest >= capacity.length) {
                candidate.reason = Messages.get("Roadmap_noWaveAfterDependency", binding == null ? "" : binding.score.name()); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (!full) {
                candidate.reason = Messages.get("Roadmap_noWaveForIntent", earliest + 1); //$NON-NLS-1$
            } else {
                candidate.reason = Messages.get("Roadmap_noCapacity", earliest + 1); //$NON-NLS-1$
            }
            leaveDependents(candidate);
            return;
        }
        used[wave]++;
        candidate.wave = wave;
        candidate.sequence = placed++;
        candidate.reason = String.join("; ", reasons); //$NON-NLS-1$
    }

    private void leaveDependents(Candidate candidate) {
        for (Candidate dependent : candidate.dependents) {
            if (!dependent.left && dependent.wave < 0) {
                dependent.left = true;
                dependent.reason = Messages.get("Roadmap_dependencyNotPlanned", candidate.score.name()); //$NON-NLS-1$
                leaveDependents(dependent);
            }
        }
    }
}

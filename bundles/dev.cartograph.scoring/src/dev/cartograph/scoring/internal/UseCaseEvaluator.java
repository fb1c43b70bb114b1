// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.cartograph.model.Confidence;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.GateHit;
import dev.cartograph.scoring.GateRule;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ScoreFlag;
import dev.cartograph.scoring.Scores;
import dev.cartograph.scoring.ScoringStrategy;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.ValueSource;
import dev.cartograph.scoring.internal.text.Failures;

/**
 * Scores use cases one at a time against a compiled context. Not thread-safe: it keeps
 * scratch buffers between use cases.
 */
final class UseCaseEvaluator {

    private static final double TOLERANCE = 1e-9;

    private final ScoringContext context;
    private final double[][] buffers;
    private final boolean[] confident;

    UseCaseEvaluator(ScoringContext context) {
        this.context = context;
        buffers = new double[context.columnCount()][4];
        confident = new boolean[context.columnCount()];
    }

    /** Aggregates the use case's scores per column; marks the columns that need a computed value. */
    Draft gather(UseCase useCase) {
        int columns = context.columnCount();
        Draft draft = new Draft(useCase, columns);
        int[] count = draft.assessments;
        Arrays.fill(confident, false);
        List<Score> scores = useCase.getScores();
        for (int i = 0, n = scores.size(); i < n; i++) {
            Score score = scores.get(i);
            String id = score.getCriterionId();
            int column = context.column(id);
            if (column < 0) {
                if (!context.isKnown(id)) {
                    draft.addUnknown(id == null ? "" : id); //$NON-NLS-1$
                }
                continue;
            }
            double value = score.getValue();
            if (!context.inScale(column, value)) {
                draft.flags[column] |= Draft.OUT_OF_SCALE;
                continue;
            }
            double[] buffer = buffers[column];
            if (count[column] == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
                buffers[column] = buffer;
            }
            buffer[count[column]++] = value;
            confident[column] |= score.getConfidence() != Confidence.LOW;
        }
        double disagreement = context.parameters().disagreementThreshold();
        for (int column = 0; column < columns; column++) {
            int n = count[column];
            if (n > 0) {
                double[] buffer = buffers[column];
                draft.value[column] = Aggregator.aggregate(context.parameters().aggregation(), buffer, n);
                double spread = (buffer[n - 1] - buffer[0]) / (context.max(column) - context.min(column)) * 100.0;
                draft.spread[column] = spread;
                if (spread > disagreement) {
                    draft.flags[column] |= Draft.DISPUTED;
                }
                if (!confident[column]) {
                    draft.flags[column] |= Draft.LOW_CONFIDENCE;
                }
            } else if (context.criterion(column).isComputed()) {
                draft.flags[column] |= Draft.NEEDS_COMPUTE;
            }
        }
        return draft;
    }

    /**
     * Turns a gathered (and completed) draft into the use case's score.
     *
     * @throws StrategyException if the strategy throws or returns an invalid score
     */
    UseCaseScore finish(Draft draft, ScoringStrategy strategy) throws StrategyException {
        int enabled = context.enabledCount();
        List<CriterionScore> criteria = new ArrayList<>(enabled);
        List<Criterion> missing = new ArrayList<>(0);
        for (int column = 0; column < enabled; column++) {
            CriterionScore score = criterionScore(draft, column);
            criteria.add(score);
            if (!score.isPresent()) {
                missing.add(score.criterion());
            }
        }
        List<GateHit> hits = gateHits(draft);
        UseCase useCase = draft.useCase;
        boolean partial = !missing.isEmpty() && rankablePartially(criteria, missing.size());
        Scores scores = null;
        if (missing.isEmpty()) {
            scores = evaluate(strategy, criteria, useCase);
        } else if (partial) {
            scores = evaluate(strategy, criteria.stream().filter(CriterionScore::isPresent).toList(), useCase);
        }
        Quadrant quadrant = scores == null ? null : Quadrant.of(scores.impact(), scores.feasibility(),
                context.parameters().impactThreshold(), context.parameters().feasibilityThreshold());
        UseCaseStatus status = useCase.getStatus();
        Standing standing = standing(status, hits, missing.isEmpty() || partial);
        String name = useCase.getName() == null ? "" : useCase.getName(); //$NON-NLS-1$
        String rejection = status == UseCaseStatus.REJECTED && useCase.getRejectionReason() != null
                ? useCase.getRejectionReason() : ""; //$NON-NLS-1$
        return new UseCaseScore(useCase, name, useCase.getScope(), status, standing,
                scores == null ? Double.NaN : scores.impact(), scores == null ? Double.NaN : scores.feasibility(),
                scores == null ? Double.NaN : scores.overall(), quadrant, criteria, hits, missing,
                draft.unknownIds, draft.failures, rejection);
    }

    private CriterionScore criterionScore(Draft draft, int column) {
        int bits = draft.flags[column];
        double value = draft.value[column];
        ValueSource source;
        if (Double.isNaN(value)) {
            source = ValueSource.MISSING;
        } else {
            source = (bits & Draft.COMPUTED) != 0 ? ValueSource.COMPUTED : ValueSource.ASSESSED;
        }
        double normalised = Double.isNaN(value) ? Double.NaN : context.normalise(column, value);
        return new CriterionScore(context.criterion(column), context.weight(column), source, value, normalised,
                draft.spread[column], draft.assessments[column], flags(bits));
    }

    private static Set<ScoreFlag> flags(int bits) {
        if ((bits & (Draft.DISPUTED | Draft.LOW_CONFIDENCE | Draft.OUT_OF_SCALE | Draft.COMPUTE_FAILED)) == 0) {
            return Set.of();
        }
        EnumSet<ScoreFlag> flags = EnumSet.noneOf(ScoreFlag.class);
        if ((bits & Draft.DISPUTED) != 0) {
            flags.add(ScoreFlag.DISPUTED);
        }
        if ((bits & Draft.LOW_CONFIDENCE) != 0) {
            flags.add(ScoreFlag.LOW_CONFIDENCE);
        }
        if ((bits & Draft.OUT_OF_SCALE) != 0) {
            flags.add(ScoreFlag.OUT_OF_SCALE);
        }
        if ((bits & Draft.COMPUTE_FAILED) != 0) {
            flags.add(ScoreFlag.COMPUTE_FAILED);
        }
        return flags;
    }

    private List<GateHit> gateHits(Draft draft) {
        GateRule[] gates = context.gates();
        List<GateHit> hits = List.of();
        for (int g = 0; g < gates.length; g++) {
            int column = context.gateColumn(g);
            double value = draft.value[column];
            if (!Double.isNaN(value) && gates[g].matches(value)) {
                if (hits.isEmpty()) {
                    hits = new ArrayList<>(2);
                }
                hits.add(new GateHit(gates[g], context.criterion(column), value));
            }
        }
        return hits;
    }

    /**
     * With partial ranking on: whether the scored criteria cover the minimum share of the
     * enabled ones and each side (impact, feasibility) that has enabled criteria has a scored
     * one, so that no side's score is made up.
     */
    private boolean rankablePartially(List<CriterionScore> criteria, int missing) {
        if (!context.parameters().partialRanking() || criteria.isEmpty()) {
            return false;
        }
        double covered = (criteria.size() - missing) * 100.0 / criteria.size();
        if (covered + TOLERANCE < context.parameters().minimumCoverage()) {
            return false;
        }
        boolean impactEnabled = false;
        boolean impactScored = false;
        boolean feasibilityEnabled = false;
        boolean feasibilityScored = false;
        for (CriterionScore score : criteria) {
            if (score.criterion().side() == Side.IMPACT) {
                impactEnabled = true;
                impactScored |= score.isPresent();
            } else {
                feasibilityEnabled = true;
                feasibilityScored |= score.isPresent();
            }
        }
        return (impactScored || !impactEnabled) && (feasibilityScored || !feasibilityEnabled);
    }

    private static Standing standing(UseCaseStatus status, List<GateHit> hits, boolean rankable) {
        if (status == UseCaseStatus.REJECTED) {
            return Standing.REJECTED;
        }
        if (hits.stream().anyMatch(h -> h.gate().effect() != GateEffect.NOT_READY)) {
            return Standing.BLOCKED;
        }
        if (!hits.isEmpty()) {
            return Standing.NOT_READY;
        }
        return rankable ? Standing.RANKED : Standing.INCOMPLETE;
    }

    private static Scores evaluate(ScoringStrategy strategy, List<CriterionScore> criteria, UseCase useCase)
            throws StrategyException {
        Scores scores;
        try {
            scores = strategy.evaluate(criteria);
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            throw new StrategyException(strategy, Messages.get("Failure_strategyThrew", //$NON-NLS-1$
                    strategy.id(), useCase.getName(), Failures.describe(e)));
        }
        if (scores == null || !valid(scores.impact()) || !valid(scores.feasibility()) || !valid(scores.overall())) {
            throw new StrategyException(strategy, Messages.get("Failure_strategyInvalid", //$NON-NLS-1$
                    strategy.id(), useCase.getName(), String.valueOf(scores)));
        }
        return scores;
    }

    private static boolean valid(double score) {
        return score >= -TOLERANCE && score <= 100.0 + TOLERANCE;
    }
}

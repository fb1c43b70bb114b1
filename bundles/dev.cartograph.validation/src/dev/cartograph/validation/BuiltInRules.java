// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.List;

import dev.cartograph.validation.internal.rules.BusinessCaseNotQuantified;
import dev.cartograph.validation.internal.rules.BusinessCasePersonalDataWithoutComplianceNotes;
import dev.cartograph.validation.internal.rules.BusinessCaseWithoutMeasurableKpi;
import dev.cartograph.validation.internal.rules.FrictionUnaddressed;
import dev.cartograph.validation.internal.rules.FrictionWithoutEvidence;
import dev.cartograph.validation.internal.rules.JourneyWithoutFriction;
import dev.cartograph.validation.internal.rules.JourneyWithoutPostJourneyStage;
import dev.cartograph.validation.internal.rules.RoadmapDependencyNotPlanned;
import dev.cartograph.validation.internal.rules.RoadmapDependencyPlannedLater;
import dev.cartograph.validation.internal.rules.RoadmapExternalBeforeInternalQuickWin;
import dev.cartograph.validation.internal.rules.RoadmapFirstWaveNotInternal;
import dev.cartograph.validation.internal.rules.ScoreOutOfScale;
import dev.cartograph.validation.internal.rules.ScoringContributionFailed;
import dev.cartograph.validation.internal.rules.ScoringNoEffectiveCriterion;
import dev.cartograph.validation.internal.rules.ScoringUnknownCriterion;
import dev.cartograph.validation.internal.rules.ScoringUnknownStrategy;
import dev.cartograph.validation.internal.rules.UseCaseApprovedButGated;
import dev.cartograph.validation.internal.rules.UseCaseApprovedNotPlanned;
import dev.cartograph.validation.internal.rules.ElementWithoutName;
import dev.cartograph.validation.internal.rules.UseCaseCriterionUnscored;
import dev.cartograph.validation.internal.rules.UseCaseRankedOnPartialScores;
import dev.cartograph.validation.internal.rules.UseCaseDependencyCycle;
import dev.cartograph.validation.internal.rules.UseCaseDependsOnRejected;
import dev.cartograph.validation.internal.rules.UseCaseDuplicateName;
import dev.cartograph.validation.internal.rules.UseCaseMissingBusinessCase;
import dev.cartograph.validation.internal.rules.UseCaseRejectedInWave;
import dev.cartograph.validation.internal.rules.UseCaseRejectedWithoutReason;
import dev.cartograph.validation.internal.rules.UseCaseSameAnchors;
import dev.cartograph.validation.internal.rules.UseCaseScoreWithoutRationale;
import dev.cartograph.validation.internal.rules.UseCaseUnanchored;
import dev.cartograph.validation.internal.rules.UseCaseWithoutSponsor;
import dev.cartograph.validation.internal.rules.WaveEndBeforeStart;
import dev.cartograph.validation.internal.rules.WaveOverCapacity;
import dev.cartograph.validation.internal.rules.WorkflowWithoutSteps;

/**
 * The rules shipped with Cartograph and their stable ids. {@code RULES.md} in this bundle
 * documents each one: severity, practice of the method, message and quick fix.
 */
@SuppressWarnings("nls")
public final class BuiltInRules {

    /** A use case attached to no workflow step and no journey stage (practice 3). */
    public static final String USE_CASE_UNANCHORED = "usecase.unanchored";
    /** A workflow with no steps (practice 3). */
    public static final String WORKFLOW_NO_STEPS = "workflow.noSteps";
    /** A journey without a post-journey (churn) stage (practice 2). */
    public static final String JOURNEY_NO_POST_JOURNEY_STAGE = "journey.noPostJourneyStage";
    /** A journey with no friction at any stage (practice 2). */
    public static final String JOURNEY_NO_FRICTION = "journey.noFriction";
    /** A friction without evidence (practices 2 and 5). */
    public static final String FRICTION_NO_EVIDENCE = "friction.noEvidence";
    /** A friction no use case addresses and not out of scope (practice 2). */
    public static final String FRICTION_UNADDRESSED = "friction.unaddressed";
    /** A use case at the business case or beyond not scored on an enabled criterion (practices 4 and 5). */
    public static final String USE_CASE_CRITERION_UNSCORED = "usecase.criterionUnscored";
    /** A use case ranked on partial scores, with partial ranking on (practice 5). */
    public static final String USE_CASE_RANKED_ON_PARTIAL_SCORES = "usecase.rankedOnPartialScores";
    /** Scores without a rationale (practice 5). */
    public static final String USE_CASE_SCORE_WITHOUT_RATIONALE = "usecase.scoreWithoutRationale";
    /** A score outside its criterion's scale. */
    public static final String SCORE_OUT_OF_SCALE = "score.outOfScale";
    /** A use case at the business case or beyond without a business case (practice 5). */
    public static final String USE_CASE_MISSING_BUSINESS_CASE = "usecase.missingBusinessCase";
    /** A business case without a KPI that has both a baseline and a target (practice 5). */
    public static final String BUSINESS_CASE_NO_MEASURABLE_KPI = "businessCase.noMeasurableKpi";
    /** A business case that quantifies neither its costs nor its financial effect, or one of them (practice 5). */
    public static final String BUSINESS_CASE_NOT_QUANTIFIED = "businessCase.notQuantified";
    /** A business case using personal data without compliance notes (practice 5). */
    public static final String BUSINESS_CASE_PERSONAL_DATA_WITHOUT_COMPLIANCE_NOTES =
            "businessCase.personalDataWithoutComplianceNotes";
    /** An approved, piloted or deployed use case without a sponsor. */
    public static final String USE_CASE_NO_SPONSOR = "usecase.noSponsor";
    /** An approved, piloted or deployed use case that a gate stops (practice 5). */
    public static final String USE_CASE_APPROVED_BUT_GATED = "usecase.approvedButGated";
    /** No criterion installed or enabled, or all weights zero (practice 4). */
    public static final String SCORING_NO_EFFECTIVE_CRITERION = "scoring.noEffectiveCriterion";
    /** Scores, settings or gates naming a criterion no installed plug-in provides (practice 4). */
    public static final String SCORING_UNKNOWN_CRITERION = "scoring.unknownCriterion";
    /** The configured scoring strategy is not installed (practice 4). */
    public static final String SCORING_UNKNOWN_STRATEGY = "scoring.unknownStrategy";
    /** A contributed criterion or strategy failed while scoring. */
    public static final String SCORING_CONTRIBUTION_FAILED = "scoring.contributionFailed";
    /** An element without a name (practice 4). */
    public static final String ELEMENT_WITHOUT_NAME = "element.noName";
    /** Two use cases with the same normalised name (practice 4). */
    public static final String USE_CASE_DUPLICATE_NAME = "usecase.duplicateName";
    /** Two use cases with the same anchors, frictions and AI pattern under different names (practice 4). */
    public static final String USE_CASE_SAME_ANCHORS = "usecase.sameAnchors";
    /** A rejected use case without a reason (practice 4). */
    public static final String USE_CASE_REJECTED_WITHOUT_REASON = "usecase.rejectedWithoutReason";
    /** A rejected use case still planned in a wave. */
    public static final String USE_CASE_REJECTED_IN_WAVE = "usecase.rejectedInWave";
    /** An approved use case not planned in any wave. */
    public static final String USE_CASE_APPROVED_NOT_PLANNED = "usecase.approvedNotPlanned";
    /** The first wave with work plans no internal use case (practice 1). */
    public static final String ROADMAP_FIRST_WAVE_NOT_INTERNAL = "roadmap.firstWaveNotInternal";
    /** An external use case planned before the first internal quick win (practice 1). */
    public static final String ROADMAP_EXTERNAL_BEFORE_INTERNAL_QUICK_WIN = "roadmap.externalBeforeInternalQuickWin";
    /** A use case planned in an earlier wave than one of its dependencies. */
    public static final String ROADMAP_DEPENDENCY_PLANNED_LATER = "roadmap.dependencyPlannedLater";
    /** A planned use case depending on an unplanned one. */
    public static final String ROADMAP_DEPENDENCY_NOT_PLANNED = "roadmap.dependencyNotPlanned";
    /** A use case depending on a rejected one. */
    public static final String USE_CASE_DEPENDS_ON_REJECTED = "usecase.dependsOnRejected";
    /** Use cases depending on each other in a cycle. */
    public static final String USE_CASE_DEPENDENCY_CYCLE = "usecase.dependencyCycle";
    /** A wave planning more use cases than its capacity. */
    public static final String WAVE_OVER_CAPACITY = "wave.overCapacity";
    /** A wave ending before it starts. */
    public static final String WAVE_END_BEFORE_START = "wave.endBeforeStart";

    private BuiltInRules() {
    }

    /**
     * @return new instances of every built-in rule, in the order of the method's practices:
     *         mapping, journeys and frictions, scoring and business cases, grid, portfolio
     *         hygiene, roadmap
     */
    public static List<ValidationRule> all() {
        return List.of(new UseCaseUnanchored(), new WorkflowWithoutSteps(), new JourneyWithoutPostJourneyStage(),
                new JourneyWithoutFriction(), new FrictionWithoutEvidence(), new FrictionUnaddressed(),
                new UseCaseCriterionUnscored(), new UseCaseRankedOnPartialScores(), new UseCaseScoreWithoutRationale(), new ScoreOutOfScale(),
                new UseCaseMissingBusinessCase(), new BusinessCaseWithoutMeasurableKpi(),
                new BusinessCaseNotQuantified(), new BusinessCasePersonalDataWithoutComplianceNotes(),
                new UseCaseWithoutSponsor(), new UseCaseApprovedButGated(), new ScoringNoEffectiveCriterion(),
                new ScoringUnknownCriterion(), new ScoringUnknownStrategy(), new ScoringContributionFailed(),
                new ElementWithoutName(), new UseCaseDuplicateName(), new UseCaseSameAnchors(), new UseCaseRejectedWithoutReason(),
                new UseCaseRejectedInWave(), new UseCaseApprovedNotPlanned(), new RoadmapFirstWaveNotInternal(),
                new RoadmapExternalBeforeInternalQuickWin(), new RoadmapDependencyPlannedLater(),
                new RoadmapDependencyNotPlanned(), new UseCaseDependsOnRejected(), new UseCaseDependencyCycle(),
                new WaveOverCapacity(), new WaveEndBeforeStart());
    }
}

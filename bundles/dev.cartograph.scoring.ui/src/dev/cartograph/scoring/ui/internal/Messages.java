// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the prioritisation views and of validation (messages.properties, messages_fr.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.cartograph.scoring.ui.internal.messages"; //$NON-NLS-1$

    public static String Aggregation_maximum;
    public static String Aggregation_mean;
    public static String Aggregation_median;
    public static String Aggregation_minimum;
    public static String Column_feasibility;
    public static String Column_flags;
    public static String Column_impact;
    public static String Column_name;
    public static String Column_overall;
    public static String Column_quadrant;
    public static String Column_rank;
    public static String Column_scope;
    public static String Column_standing;
    public static String Column_status;
    public static String Column_wave;
    public static String Failure_criterion;
    public static String Failure_openLog;
    public static String Failure_strategy;
    public static String Failure_title;
    public static String Filter_allQuadrants;
    public static String Filter_allScopes;
    public static String Filter_allStatuses;
    public static String Filter_allWaves;
    public static String Filter_count;
    public static String Filter_searchHint;
    public static String Filter_unplanned;
    public static String Flag_incomplete;
    public static String Group_notScored;
    public static String Help_aggregated;
    public static String Help_computed;
    public static String Help_missing;
    public static String Help_own;
    public static String Help_ownNone;
    public static String Help_single;
    public static String Kind_businessCase;
    public static String Kind_criterionSetting;
    public static String Kind_evidence;
    public static String Kind_gate;
    public static String Kind_kpi;
    public static String Kind_score;
    public static String Kind_scoringConfiguration;
    public static String Matrix_area;
    public static String Matrix_bubbleView;
    public static String Matrix_cell;
    public static String Matrix_densityView;
    public static String Matrix_description;
    public static String Matrix_effect;
    public static String Matrix_empty;
    public static String Matrix_exportFailed;
    public static String Matrix_exportPng;
    public static String Matrix_exportSvg;
    public static String Matrix_exportTitle;
    public static String Matrix_printFailed;
    public static String Matrix_printJob;
    public static String Matrix_feasibility;
    public static String Matrix_hidden;
    public static String Matrix_impact;
    public static String Matrix_legendDensity;
    public static String Matrix_legendExternal;
    public static String Matrix_legendGated;
    public static String Matrix_legendInternal;
    public static String Matrix_legendNoEffect;
    public static String Matrix_legendSize;
    public static String Matrix_noEffect;
    public static String Matrix_quadrantTotal;
    public static String Matrix_scores;
    public static String Preferences_description;
    public static String Preferences_validateOnSave;
    public static String QuickFix_description;
    public static String Ranking_area;
    public static String Ranking_clearFilters;
    public static String Ranking_description;
    public static String Ranking_groupByQuadrant;
    public static String Ranking_helpHint;
    public static String Ranking_noWave;
    public static String Ranking_showHelp;
    public static String Rubric_higherIsWorse;
    public static String Rubric_range;
    public static String Scope_external;
    public static String Scope_internal;
    public static String ScoreCommand_label;
    public static String ScoringView_scoringUnavailable;
    public static String Sensitivity_done;
    public static String Sensitivity_jobName;
    public static String Sensitivity_meanRank;
    public static String Sensitivity_neighbours;
    public static String Sensitivity_noSwap;
    public static String Sensitivity_notLinear;
    public static String Sensitivity_outdated;
    public static String Sensitivity_rangeBar;
    public static String Sensitivity_rank;
    public static String Sensitivity_rankRange;
    public static String Sensitivity_ranks;
    public static String Sensitivity_rerun;
    public static String Sensitivity_running;
    public static String Sensitivity_settings;
    public static String Sensitivity_settingsSummary;
    public static String Sensitivity_stop;
    public static String Sensitivity_swap;
    public static String Sensitivity_tied;
    public static String Sensitivity_tooFew;
    public static String Sensitivity_topK;
    public static String Sensitivity_useCase;
    public static String Sensitivity_weightChange;
    public static String Standing_missing;
    public static String Standing_withReason;
    public static String Status_approved;
    public static String Status_businessCase;
    public static String Status_deployed;
    public static String Status_idea;
    public static String Status_pilot;
    public static String Status_qualified;
    public static String Status_rejected;
    public static String ValidationSummary_counts;
    public static String ValidationSummary_failures;
    public static String ValidationSummary_findingTooltip;
    public static String ValidationSummary_more;
    public static String ValidationSummary_none;
    public static String ValidationSummary_validate;
    public static String Validation_deltaFailed;
    public static String Validation_jobName;
    public static String Validation_summary;
    public static String Validation_unreadable;
    public static String View_noPortfolio;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import java.util.regex.Pattern;

import dev.cartograph.service.ScoringServices;
import dev.cartograph.service.ValidationServices;
import dev.cartograph.validation.FindingSeverity;

/**
 * The element and attribute names of the extension points, as documented in
 * {@code schema/criteria.exsd}, {@code schema/scoringStrategies.exsd} and
 * {@code schema/validationRules.exsd}.
 */
public final class ExtensionSchema {

    /** The criteria extension point's full id. */
    public static final String CRITERIA_POINT = ScoringServices.CRITERIA_EXTENSION_POINT;
    /** The strategies extension point's full id. */
    public static final String STRATEGIES_POINT = ScoringServices.STRATEGIES_EXTENSION_POINT;
    /** The validation rules extension point's full id. */
    public static final String RULES_POINT = ValidationServices.RULES_EXTENSION_POINT;

    /** One criterion. */
    public static final String CRITERION = "criterion"; //$NON-NLS-1$
    /** One rubric level of a criterion. */
    public static final String LEVEL = "level"; //$NON-NLS-1$
    /** One scoring strategy. */
    public static final String STRATEGY = "strategy"; //$NON-NLS-1$
    /** One validation rule. */
    public static final String RULE = "rule"; //$NON-NLS-1$
    /** One quick fix of a validation rule. */
    public static final String QUICK_FIX = "quickFix"; //$NON-NLS-1$

    /** Identifier of a criterion, strategy or rule. */
    public static final String ID = "id"; //$NON-NLS-1$
    /** Translatable name. */
    public static final String LABEL = "label"; //$NON-NLS-1$
    /** Translatable description of a criterion or rule. */
    public static final String DESCRIPTION = "description"; //$NON-NLS-1$
    /** Translatable question of a criterion. */
    public static final String QUESTION = "question"; //$NON-NLS-1$
    /** {@value #IMPACT} or {@value #FEASIBILITY}. */
    public static final String SIDE = "side"; //$NON-NLS-1$
    /** {@value #BENEFIT} (the default) or {@value #COST}. */
    public static final String DIRECTION = "direction"; //$NON-NLS-1$
    /** A number of at least 0, 1 by default. */
    public static final String DEFAULT_WEIGHT = "defaultWeight"; //$NON-NLS-1$
    /** {@code true} if new portfolios turn the criterion on; {@code false} by default. */
    public static final String ENABLED_IN_NEW_PORTFOLIOS = "enabledInNewPortfolios"; //$NON-NLS-1$
    /** The lowest value of the scale, 1 by default. */
    public static final String MIN = "min"; //$NON-NLS-1$
    /** The highest value of the scale, 5 by default. */
    public static final String MAX = "max"; //$NON-NLS-1$
    /** Optional class implementing {@link dev.cartograph.service.CriterionComputer}. */
    public static final String COMPUTER = "computer"; //$NON-NLS-1$
    /** The level a rubric text describes. */
    public static final String VALUE = "value"; //$NON-NLS-1$
    /** Translatable text of a rubric level. */
    public static final String RUBRIC = "rubric"; //$NON-NLS-1$
    /**
     * Class implementing {@link dev.cartograph.scoring.ScoringStrategy}, {@link dev.cartograph.validation.RuleCheck}
     * or {@link dev.cartograph.validation.QuickFix}.
     */
    public static final String CLASS = "class"; //$NON-NLS-1$
    /** {@code true} if the strategy is a {@link dev.cartograph.scoring.LinearScoringStrategy}. */
    public static final String LINEAR = "linear"; //$NON-NLS-1$
    /** The default severity of a rule's findings: a {@link FindingSeverity#id()}. */
    public static final String SEVERITY = "severity"; //$NON-NLS-1$

    /** Value of {@link #SIDE}. */
    public static final String IMPACT = "impact"; //$NON-NLS-1$
    /** Value of {@link #SIDE}. */
    public static final String FEASIBILITY = "feasibility"; //$NON-NLS-1$
    /** Value of {@link #DIRECTION}. */
    public static final String BENEFIT = "benefit"; //$NON-NLS-1$
    /** Value of {@link #DIRECTION}. */
    public static final String COST = "cost"; //$NON-NLS-1$

    /** Default of {@link #DEFAULT_WEIGHT}. */
    public static final double DEFAULT_WEIGHT_VALUE = 1.0;
    /** Default of {@link #MIN}. */
    public static final double DEFAULT_MIN = 1.0;
    /** Default of {@link #MAX}. */
    public static final double DEFAULT_MAX = 5.0;
    /** Default of {@link #SEVERITY}. */
    public static final FindingSeverity DEFAULT_SEVERITY = FindingSeverity.WARNING;

    /** What an id may look like: it is written into models, so no spaces. */
    public static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*"); //$NON-NLS-1$

    private ExtensionSchema() {
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui;

/**
 * Identifiers of the prioritisation views and of the validation in the workbench, as declared
 * in this bundle's {@code plugin.xml}.
 */
public final class ScoringUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "dev.cartograph.scoring.ui"; //$NON-NLS-1$

    /** The ranking view. */
    public static final String RANKING_VIEW_ID = "dev.cartograph.scoring.ui.rankingView"; //$NON-NLS-1$

    /** The impact x feasibility matrix view. */
    public static final String MATRIX_VIEW_ID = "dev.cartograph.scoring.ui.matrixView"; //$NON-NLS-1$

    /** The sensitivity view. */
    public static final String SENSITIVITY_VIEW_ID = "dev.cartograph.scoring.ui.sensitivityView"; //$NON-NLS-1$

    /**
     * The type of the markers of validation findings, a subtype of
     * {@code org.eclipse.core.resources.problemmarker}. Besides the message, severity and
     * location, each has the attributes {@link #MARKER_RULE_ID}, {@link #MARKER_ELEMENT_ID} and
     * EMF's {@code org.eclipse.emf.ecore.EValidator.URI_ATTRIBUTE}.
     */
    public static final String MARKER_TYPE = "dev.cartograph.scoring.ui.finding"; //$NON-NLS-1$

    /** Marker attribute: the id of the rule that found the problem (string). */
    public static final String MARKER_RULE_ID = "ruleId"; //$NON-NLS-1$

    /** Marker attribute: the id of the model element concerned (string, {@code ModelPersistence.getId}). */
    public static final String MARKER_ELEMENT_ID = "elementId"; //$NON-NLS-1$

    /** The command that validates a portfolio. */
    public static final String VALIDATE_COMMAND_ID = "dev.cartograph.scoring.ui.validate"; //$NON-NLS-1$

    private ScoringUi() {
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin;

/**
 * The ids of the built-in maps and layers (as contributed in this bundle's {@code plugin.xml}),
 * and the kinds of the diagram elements and badges they draw, so that editors, tests and
 * scripts can find them.
 */
public final class BuiltinMaps {

    /** The journey map. */
    public static final String JOURNEY_MAP = "journey"; //$NON-NLS-1$
    /** The workflow map. */
    public static final String WORKFLOW_MAP = "workflow"; //$NON-NLS-1$
    /** The portfolio map. */
    public static final String PORTFOLIO_MAP = "portfolio"; //$NON-NLS-1$

    /** Layer: frictions and stages coloured by how much they hurt. */
    public static final String FRICTION_HEAT = "frictionHeat"; //$NON-NLS-1$
    /** Layer: steps coloured by volume x manual effort. */
    public static final String AUTOMATION_HEAT = "automationHeat"; //$NON-NLS-1$
    /** Layer: use cases coloured by quadrant. */
    public static final String QUADRANT = "quadrant"; //$NON-NLS-1$
    /** Layer: the roadmap wave of each use case. */
    public static final String WAVE = "wave"; //$NON-NLS-1$
    /** Layer: the status of each use case. */
    public static final String STATUS = "status"; //$NON-NLS-1$
    /** Layer: the evidence behind each friction. */
    public static final String EVIDENCE = "evidence"; //$NON-NLS-1$
    /** Layer: validation findings on the elements they concern. */
    public static final String VALIDATION = "validation"; //$NON-NLS-1$

    /** Kind of a journey stage's column, or of a stage box on the portfolio map. */
    public static final String STAGE = "stage"; //$NON-NLS-1$
    /** Kind of a touchpoint. */
    public static final String TOUCHPOINT = "touchpoint"; //$NON-NLS-1$
    /** Kind of a friction. */
    public static final String FRICTION = "friction"; //$NON-NLS-1$
    /** Kind of the mark of a stage with no friction analysed. */
    public static final String NO_FRICTION = "noFriction"; //$NON-NLS-1$
    /** Kind of a use case. */
    public static final String USE_CASE = "useCase"; //$NON-NLS-1$
    /** Kind of a workflow step. */
    public static final String STEP = "step"; //$NON-NLS-1$
    /** Kind of a workflow's container on the portfolio map. */
    public static final String WORKFLOW = "workflow"; //$NON-NLS-1$
    /** Kind of a journey's container on the portfolio map. */
    public static final String JOURNEY = "journey"; //$NON-NLS-1$
    /** Kind of a row band (lane, swimlane). */
    public static final String LANE = "lane"; //$NON-NLS-1$
    /** Kind of a region of the portfolio map. */
    public static final String REGION = "region"; //$NON-NLS-1$
    /** Kind of the pain curve. */
    public static final String PAIN_CURVE = "pain"; //$NON-NLS-1$
    /** Kind of an edge from a use case to the friction it addresses. */
    public static final String ADDRESSES = "addresses"; //$NON-NLS-1$
    /** Kind of an edge from a step to its successor. */
    public static final String SUCCESSOR = "successor"; //$NON-NLS-1$

    /** Badge: a use case's rank. */
    public static final String BADGE_RANK = "rank"; //$NON-NLS-1$
    /** Badge: a use case that is not ranked, and why. */
    public static final String BADGE_STANDING = "standing"; //$NON-NLS-1$
    /** Badge: how many evidence items back a friction. */
    public static final String BADGE_EVIDENCE = "evidence"; //$NON-NLS-1$
    /** Badge of the evidence layer: a friction without evidence. */
    public static final String BADGE_UNPROVEN = "unproven"; //$NON-NLS-1$
    /** Badge: a friction that drives churn. */
    public static final String BADGE_CHURN = "churn"; //$NON-NLS-1$
    /** Badge: a friction that no use case addresses (an open opportunity). */
    public static final String BADGE_OPEN = "open"; //$NON-NLS-1$
    /** Badge: how many use cases a collapsed container holds in a quadrant. */
    public static final String BADGE_QUADRANT_COUNT = "quadrantCount"; //$NON-NLS-1$

    private BuiltinMaps() {
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.criteria;

import java.util.List;

/**
 * The ids of the eight default criteria, as scores and portfolio settings name them. The
 * criteria themselves (labels, questions, scales, rubrics) are contributed by this bundle's
 * {@code plugin.xml}.
 */
public final class DefaultCriteria {

    /** Strategic business value: impact, benefit. */
    public static final String STRATEGIC_VALUE = "strategic-value"; //$NON-NLS-1$
    /** Customer experience impact: impact, benefit. */
    public static final String CUSTOMER_EXPERIENCE = "customer-experience"; //$NON-NLS-1$
    /** Financial potential: impact, benefit, computed by {@link FinancialPotential} when not assessed. */
    public static final String FINANCIAL_POTENTIAL = "financial-potential"; //$NON-NLS-1$
    /** Data and process maturity: feasibility, benefit. */
    public static final String DATA_PROCESS_MATURITY = "data-process-maturity"; //$NON-NLS-1$
    /** Technical complexity: feasibility, cost (higher is harder). */
    public static final String TECHNICAL_COMPLEXITY = "technical-complexity"; //$NON-NLS-1$
    /** Brand impact: impact, benefit. */
    public static final String BRAND_IMPACT = "brand-impact"; //$NON-NLS-1$
    /** Compliance and operational risk: feasibility, cost (higher is riskier). */
    public static final String COMPLIANCE_RISK = "compliance-risk"; //$NON-NLS-1$
    /** Alignment with key initiatives: impact, benefit. */
    public static final String INITIATIVE_ALIGNMENT = "initiative-alignment"; //$NON-NLS-1$

    /** The eight ids in the order of the method and of this bundle's {@code plugin.xml}. */
    public static final List<String> IDS = List.of(STRATEGIC_VALUE, CUSTOMER_EXPERIENCE, FINANCIAL_POTENTIAL,
            DATA_PROCESS_MATURITY, TECHNICAL_COMPLEXITY, BRAND_IMPACT, COMPLIANCE_RISK, INITIATIVE_ALIGNMENT);

    /** The bundle that contributes them. */
    public static final String CONTRIBUTOR = "dev.cartograph.scoring.criteria"; //$NON-NLS-1$

    private DefaultCriteria() {
    }
}

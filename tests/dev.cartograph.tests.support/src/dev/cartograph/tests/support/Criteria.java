// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

/** The ids of the eight default criteria of the method (METHOD.md), as scores and settings name them. */
@SuppressWarnings("nls")
final class Criteria {

    static final String STRATEGIC_VALUE = "strategic-value";
    static final String CUSTOMER_EXPERIENCE = "customer-experience";
    static final String FINANCIAL_POTENTIAL = "financial-potential";
    static final String DATA_PROCESS_MATURITY = "data-process-maturity";
    /** A cost criterion: higher means harder. */
    static final String TECHNICAL_COMPLEXITY = "technical-complexity";
    static final String BRAND_IMPACT = "brand-impact";
    /** A cost criterion: higher means riskier. */
    static final String COMPLIANCE_RISK = "compliance-risk";
    static final String INITIATIVE_ALIGNMENT = "initiative-alignment";

    private Criteria() {
    }
}

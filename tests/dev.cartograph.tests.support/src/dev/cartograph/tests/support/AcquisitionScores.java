// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.model.Confidence.HIGH;
import static dev.cartograph.model.Confidence.LOW;
import static dev.cartograph.model.Confidence.MEDIUM;
import static dev.cartograph.tests.support.Assessors.JANSSENS;
import static dev.cartograph.tests.support.Assessors.MOREAU;
import static dev.cartograph.tests.support.Assessors.NOVAK;
import static dev.cartograph.tests.support.Criteria.BRAND_IMPACT;
import static dev.cartograph.tests.support.Criteria.COMPLIANCE_RISK;
import static dev.cartograph.tests.support.Criteria.CUSTOMER_EXPERIENCE;
import static dev.cartograph.tests.support.Criteria.DATA_PROCESS_MATURITY;
import static dev.cartograph.tests.support.Criteria.FINANCIAL_POTENTIAL;
import static dev.cartograph.tests.support.Criteria.INITIATIVE_ALIGNMENT;
import static dev.cartograph.tests.support.Criteria.STRATEGIC_VALUE;
import static dev.cartograph.tests.support.Criteria.TECHNICAL_COMPLEXITY;
import static dev.cartograph.tests.support.ModelParts.date;

import java.time.LocalDate;

/** Scores of the use cases before the purchase: quoting, advice and understanding cover. */
@SuppressWarnings("nls")
final class AcquisitionScores {

    private static final LocalDate EXPERIENCE_WORKSHOP = date(2026, 1, 14);

    private final SampleIndex index;

    private AcquisitionScores(SampleIndex index) {
        this.index = index;
    }

    static void addTo(SampleIndex index) {
        AcquisitionScores scores = new AcquisitionScores(index);
        scores.quotePreFill();
        scores.coverRecommendations();
        scores.policyExplainer();
    }

    private Assessment by(String assessor, String useCase) {
        return Assessment.of(index.useCase(useCase), assessor, EXPERIENCE_WORKSHOP);
    }

    private void quotePreFill() {
        String useCase = "Quote pre-fill from registries";
        by(NOVAK, useCase)
                .rate(STRATEGIC_VALUE, 4, MEDIUM, "Direct digital sales are the growth channel of the 2025-2028 "
                        + "strategy.")
                .rate(CUSTOMER_EXPERIENCE, 4, MEDIUM, "From 38 questions down to about a dozen, and no more chasing "
                        + "the no-claims proof.")
                .rate(FINANCIAL_POTENTIAL, 4, MEDIUM, "Raising quote completion from 39% to 52% adds about EUR 2 "
                        + "million of new premium a year.")
                .rate(DATA_PROCESS_MATURITY, 4, MEDIUM, "The registers are reliable; contracts and API access remain "
                        + "to be signed.")
                .rate(TECHNICAL_COMPLEXITY, 2, HIGH, "Register lookups and form pre-fill: a simple integration.")
                .rate(BRAND_IMPACT, 3, MEDIUM, "A smoother quote supports the digital brand.")
                .rate(COMPLIANCE_RISK, 3, MEDIUM, "No-claims data is personal data; consent and purpose limitation "
                        + "must be designed in.")
                .rate(INITIATIVE_ALIGNMENT, 3, MEDIUM, "Supports growth, and retention only through better-informed "
                        + "customers.");
        by(MOREAU, useCase)
                .rate(CUSTOMER_EXPERIENCE, 5, MEDIUM, "The quote form is the worst-rated moment in our research; "
                        + "this removes most of it.");
        by(JANSSENS, useCase)
                .rate(COMPLIANCE_RISK, 3, HIGH, "Manageable with explicit consent in the form and a processing "
                        + "agreement with each register.");
    }

    private void coverRecommendations() {
        by(NOVAK, "Cover recommendations at quote")
                .rate(STRATEGIC_VALUE, 4, MEDIUM, "Better-fitting cover raises premium per customer and avoids "
                        + "disappointment at claim time.")
                .rate(CUSTOMER_EXPERIENCE, 3, MEDIUM, "Helps customers understand what they buy, if the advice is "
                        + "neutral.")
                .rate(FINANCIAL_POTENTIAL, 4, LOW, "Add-on take-up could rise, but the estimate is rough.")
                .rate(DATA_PROCESS_MATURITY, 2, MEDIUM, "Quote journey data is anonymous; linking it to policies and "
                        + "claims needs work.")
                .rate(TECHNICAL_COMPLEXITY, 3, MEDIUM, "A recommendation model plus explanations in the quote "
                        + "journey.")
                .rate(BRAND_IMPACT, 3, MEDIUM, "Good if it feels like advice, bad if it feels like upselling.")
                .rate(COMPLIANCE_RISK, 4, MEDIUM, "Recommending cover is advice under the Insurance Distribution "
                        + "Directive, with demands-and-needs duties.")
                .rate(INITIATIVE_ALIGNMENT, 3, LOW, "Supports growth and retention indirectly.");
    }

    private void policyExplainer() {
        by(NOVAK, "Am I covered? policy explainer")
                .rate(STRATEGIC_VALUE, 3, MEDIUM, "Reduces contact volume and helps brokers, a secondary objective.")
                .rate(CUSTOMER_EXPERIENCE, 5, HIGH, "Answers the question customers cannot answer from a 46-page "
                        + "wording.")
                .rate(FINANCIAL_POTENTIAL, 2, MEDIUM, "Fewer coverage calls; a moderate benefit, partly offset by "
                        + "running costs.")
                .rate(DATA_PROCESS_MATURITY, 4, HIGH, "The wording library is complete and the clause finder adds "
                        + "clause-level indexing.")
                .rate(TECHNICAL_COMPLEXITY, 3, MEDIUM, "Grounded dialogue with strict citation and refusal "
                        + "behaviour.")
                .rate(BRAND_IMPACT, 4, MEDIUM, "An honest, helpful answer about cover builds trust; a wrong one "
                        + "destroys it.")
                .rate(COMPLIANCE_RISK, 4, MEDIUM, "An answer about cover could be taken as a commitment: it must "
                        + "cite the clause and defer to a person when unclear.")
                .rate(INITIATIVE_ALIGNMENT, 3, MEDIUM, "Supports retention and the broker partnership.");
    }
}

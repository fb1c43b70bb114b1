// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.model.Confidence.HIGH;
import static dev.cartograph.model.Confidence.LOW;
import static dev.cartograph.model.Confidence.MEDIUM;
import static dev.cartograph.tests.support.Assessors.MOREAU;
import static dev.cartograph.tests.support.Assessors.NOVAK;
import static dev.cartograph.tests.support.Assessors.OBRIEN;
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

/** Scores of the renewal, cancellation and win-back use cases. */
@SuppressWarnings("nls")
final class RetentionScores {

    private static final LocalDate RETENTION_WORKSHOP = date(2025, 12, 3);

    private final SampleIndex index;

    private RetentionScores(SampleIndex index) {
        this.index = index;
    }

    static void addTo(SampleIndex index) {
        RetentionScores scores = new RetentionScores(index);
        scores.priceExplanation();
        scores.churnPrediction();
        scores.reasonAnalysis();
        scores.winBack();
        scores.digitalCancellation();
    }

    private Assessment by(String assessor, String useCase) {
        return Assessment.of(index.useCase(useCase), assessor, RETENTION_WORKSHOP);
    }

    private void priceExplanation() {
        by(NOVAK, "Renewal price explanation")
                .rate(STRATEGIC_VALUE, 4, HIGH, "Retention is the biggest profit lever in a saturated market.")
                .rate(CUSTOMER_EXPERIENCE, 5, HIGH, "Removes the biggest renewal frustration: an increase with no "
                        + "reason given.")
                .rate(FINANCIAL_POTENTIAL, 4, MEDIUM, "1.5 points less motor churn keeps about EUR 5 million of "
                        + "premium a year.")
                .rate(DATA_PROCESS_MATURITY, 4, HIGH, "The pricing engine already stores each factor's contribution "
                        + "for every renewal.")
                .rate(TECHNICAL_COMPLEXITY, 2, HIGH, "Generation from structured factors with fixed templates and a "
                        + "reviewed phrasing per factor.")
                .rate(BRAND_IMPACT, 4, HIGH, "Price transparency is what customers and regulators ask for.")
                .rate(COMPLIANCE_RISK, 3, MEDIUM, "Explanations must be accurate without revealing the pricing "
                        + "model, and will draw scrutiny to pricing fairness.")
                .rate(INITIATIVE_ALIGNMENT, 5, HIGH, "The first use case of Customer retention 2027.");
    }

    private void churnPrediction() {
        String useCase = "Churn prediction and retention offers";
        by(NOVAK, useCase)
                .rate(STRATEGIC_VALUE, 5, HIGH, "Retention is the company's first objective for 2027.")
                .rate(CUSTOMER_EXPERIENCE, 4, MEDIUM, "Loyal customers get recognition and a relevant offer before "
                        + "they start shopping around.")
                .rate(FINANCIAL_POTENTIAL, 5, MEDIUM, "Three points of retention in the at-risk segment keep several "
                        + "million euro of premium.")
                .rate(DATA_PROCESS_MATURITY, 4, MEDIUM, "Policy, claims and contact data are rich; weak cancellation "
                        + "reasons limit the explanations.")
                .rate(TECHNICAL_COMPLEXITY, 3, MEDIUM, "A model plus integration in the renewal batch and the agents' "
                        + "desktop.")
                .rate(BRAND_IMPACT, 3, MEDIUM, "Positive if it feels like recognition, negative if it looks like "
                        + "price discrimination.")
                .rate(COMPLIANCE_RISK, 3, MEDIUM, "Differentiating by predicted churn is under regulatory scrutiny "
                        + "(price walking); offers need a fairness review.")
                .rate(INITIATIVE_ALIGNMENT, 5, HIGH, "Core of Customer retention 2027.");
        by(MOREAU, useCase)
                .rate(CUSTOMER_EXPERIENCE, 4, MEDIUM, "Agreed, provided the actions are relevant and not only "
                        + "discounts.");
        by(OBRIEN, useCase)
                .rate(FINANCIAL_POTENTIAL, 3, MEDIUM, "Part of the premium kept is given back in discounts and some "
                        + "customers would have stayed anyway; the net effect is uncertain until an A/B test.");
    }

    private void reasonAnalysis() {
        by(NOVAK, "Cancellation reason analysis")
                .rate(STRATEGIC_VALUE, 3, MEDIUM, "Knowing why people leave steers product, pricing and service "
                        + "decisions.")
                .rate(CUSTOMER_EXPERIENCE, 2, MEDIUM, "No direct effect on the customer who leaves.")
                .rate(FINANCIAL_POTENTIAL, 3, LOW, "The value comes through the actions it informs and is hard to "
                        + "quantify on its own.")
                .rate(DATA_PROCESS_MATURITY, 2, MEDIUM, "Codes are unreliable, the exit survey gets few answers and "
                        + "transcripts cover part of the calls.")
                .rate(TECHNICAL_COMPLEXITY, 2, MEDIUM, "Text classification on transcripts and survey answers, with "
                        + "monthly reporting.")
                .rate(BRAND_IMPACT, 2, MEDIUM, "Indirect only.")
                .rate(COMPLIANCE_RISK, 2, MEDIUM, "Personal data analysed for a compatible purpose; reports are "
                        + "aggregated.")
                .rate(INITIATIVE_ALIGNMENT, 4, HIGH, "Feeds Customer retention 2027 and the win-back use case.");
    }

    private void winBack() {
        by(NOVAK, "Win-back of lapsed customers")
                .rate(STRATEGIC_VALUE, 4, MEDIUM, "Former customers are cheaper to win than new ones.")
                .rate(CUSTOMER_EXPERIENCE, 3, MEDIUM, "A relevant, well-timed offer is welcome; a badly timed one is "
                        + "spam.")
                .rate(FINANCIAL_POTENTIAL, 4, LOW, "3% come back today; doubling that would bring about EUR 1.5 "
                        + "million of premium, a rough estimate.")
                .rate(DATA_PROCESS_MATURITY, 2, MEDIUM, "Needs reliable reasons for leaving, which do not exist yet, "
                        + "and marketing consent after cancellation.")
                .rate(TECHNICAL_COMPLEXITY, 3, MEDIUM, "A selection model plus campaign integration.")
                .rate(BRAND_IMPACT, 3, MEDIUM, "Shows that Kestrel values former customers.")
                .rate(COMPLIANCE_RISK, 3, MEDIUM, "Consent after cancellation and ePrivacy rules limit who may be "
                        + "contacted.")
                .rate(INITIATIVE_ALIGNMENT, 4, MEDIUM, "Customer retention 2027, once the reasons for leaving are "
                        + "known.");
    }

    private void digitalCancellation() {
        by(NOVAK, "Digital cancellation assistant")
                .rate(STRATEGIC_VALUE, 3, MEDIUM, "Removes a source of anger while keeping one fair chance to "
                        + "retain.")
                .rate(CUSTOMER_EXPERIENCE, 4, MEDIUM, "Customers can cancel when and where they want.")
                .rate(FINANCIAL_POTENTIAL, 3, LOW, "Saves retention-desk time; the effect on retention could go "
                        + "either way.")
                .rate(DATA_PROCESS_MATURITY, 3, MEDIUM, "Policy data is ready; cancellation reasons are poor.")
                .rate(TECHNICAL_COMPLEXITY, 3, MEDIUM, "A conversational flow with policy actions and identity "
                        + "checks.")
                .rate(BRAND_IMPACT, 3, MEDIUM, "Ending the hard sell improves Kestrel's reputation.")
                .rate(COMPLIANCE_RISK, 4, MEDIUM, "Consumer law requires cancelling to be as easy as buying; any "
                        + "retention attempt in the flow must not obstruct it.")
                .rate(INITIATIVE_ALIGNMENT, 4, MEDIUM, "Customer retention 2027: cancellation by phone is a churn "
                        + "irritant named in its plan.");
    }
}

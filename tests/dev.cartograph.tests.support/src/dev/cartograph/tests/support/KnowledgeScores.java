// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.model.Confidence.HIGH;
import static dev.cartograph.model.Confidence.LOW;
import static dev.cartograph.model.Confidence.MEDIUM;
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

/** Scores of the internal knowledge use cases (the long tail of employee questions). */
@SuppressWarnings("nls")
final class KnowledgeScores {

    /** The kick-off workshop, where the HR assistant was chosen as the programme's first pilot. */
    private static final LocalDate KICK_OFF = date(2025, 9, 24);
    private static final LocalDate UNDERWRITING_WORKSHOP = date(2025, 11, 5);

    private final SampleIndex index;

    private KnowledgeScores(SampleIndex index) {
        this.index = index;
    }

    static void addTo(SampleIndex index) {
        KnowledgeScores scores = new KnowledgeScores(index);
        scores.hrAssistant();
        scores.clauseFinder();
        scores.mailboxTriage();
    }

    private Assessment by(String assessor, String useCase, LocalDate date) {
        return Assessment.of(index.useCase(useCase), assessor, date);
    }

    private void hrAssistant() {
        by(NOVAK, "HR policy assistant", KICK_OFF)
                .rate(STRATEGIC_VALUE, 2, MEDIUM, "Improves the employee experience; a small contribution to the "
                        + "company's objectives.")
                .rate(CUSTOMER_EXPERIENCE, 1, HIGH, "No effect on customers.")
                .rate(FINANCIAL_POTENTIAL, 3, MEDIUM, "Deflecting 45% of 2,200 monthly tickets saves about 2,400 HR "
                        + "hours a year, plus employees' search time.")
                .rate(DATA_PROCESS_MATURITY, 4, MEDIUM, "Policies exist for all three countries; HR agreed to remove "
                        + "the outdated versions before launch.")
                .rate(TECHNICAL_COMPLEXITY, 1, HIGH, "A standard retrieval assistant on the collaboration platform, "
                        + "with no HR system integration in the first release.")
                .rate(BRAND_IMPACT, 2, MEDIUM, "Internal only; shows employees that Kestrel uses AI responsibly.")
                .rate(COMPLIANCE_RISK, 2, HIGH, "Answers from published policies only; questions about individual "
                        + "cases go to a person and no personal HR data is used.")
                .rate(INITIATIVE_ALIGNMENT, 3, MEDIUM, "Contributes to cost-to-serve and builds the platform and "
                        + "skills for the assistants that follow.");
    }

    private void clauseFinder() {
        by(NOVAK, "Policy wording and clause finder", UNDERWRITING_WORKSHOP)
                .rate(STRATEGIC_VALUE, 3, MEDIUM, "Consistent interpretations across teams reduce disputes and "
                        + "protect the products' integrity.")
                .rate(CUSTOMER_EXPERIENCE, 2, MEDIUM, "Brokers and customers get answers days sooner, but never see "
                        + "the tool.")
                .rate(FINANCIAL_POTENTIAL, 3, MEDIUM, "About 3,000 underwriter hours a year, at a higher rate than "
                        + "operations staff.")
                .rate(DATA_PROCESS_MATURITY, 4, HIGH, "The wording library is complete and versioned; past "
                        + "interpretations are logged, if not consistently.")
                .rate(TECHNICAL_COMPLEXITY, 2, HIGH, "The cover check assistant's retrieval platform with "
                        + "clause-level indexing added.")
                .rate(BRAND_IMPACT, 2, MEDIUM, "Faster, consistent answers help Kestrel's name with brokers.")
                .rate(COMPLIANCE_RISK, 2, HIGH, "Internal use on documents without personal data; the underwriter "
                        + "remains responsible for the answer.")
                .rate(INITIATIVE_ALIGNMENT, 3, MEDIUM, "Supports the broker partnership and is the base of the "
                        + "customer policy explainer.");
    }

    private void mailboxTriage() {
        by(NOVAK, "Underwriting mailbox triage", UNDERWRITING_WORKSHOP)
                .rate(STRATEGIC_VALUE, 2, LOW, "Useful housekeeping for a small team.")
                .rate(CUSTOMER_EXPERIENCE, 2, LOW, "Urgent broker questions would be answered sooner.")
                .rate(FINANCIAL_POTENTIAL, 3, LOW, "Saves triage time and shortens the 2.5-day wait; not yet "
                        + "measured.")
                .rate(DATA_PROCESS_MATURITY, 3, MEDIUM, "Three years of mailbox history, but topics were never "
                        + "labelled.")
                .rate(TECHNICAL_COMPLEXITY, 2, MEDIUM, "Email classification is a standard capability of the mail "
                        + "platform.")
                .rate(BRAND_IMPACT, 1, LOW, "No brand effect: brokers never see the mailbox.")
                .rate(COMPLIANCE_RISK, 2, MEDIUM, "Emails contain some personal data; the model classifies and "
                        + "decides nothing.")
                .rate(INITIATIVE_ALIGNMENT, 3, LOW, "Supports the broker partnership initiative.");
    }
}

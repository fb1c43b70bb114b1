// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.model.Confidence.HIGH;
import static dev.cartograph.model.Confidence.LOW;
import static dev.cartograph.model.Confidence.MEDIUM;
import static dev.cartograph.tests.support.Assessors.BYRNE;
import static dev.cartograph.tests.support.Assessors.JANSSENS;
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

/** Scores of the use cases on the home claimant's journey: assessment, settlement, complaints. */
@SuppressWarnings("nls")
final class ClaimsExperienceScores {

    private static final LocalDate CLAIMS_WORKSHOP = date(2025, 10, 22);
    private static final LocalDate EXPERIENCE_WORKSHOP = date(2026, 1, 14);

    private final SampleIndex index;

    private ClaimsExperienceScores(SampleIndex index) {
        this.index = index;
    }

    static void addTo(SampleIndex index) {
        ClaimsExperienceScores scores = new ClaimsExperienceScores(index);
        scores.photoAssessment();
        scores.automatedSettlement();
        scores.settlementLetters();
        scores.complaintWarning();
    }

    private Assessment by(String assessor, String useCase, LocalDate date) {
        return Assessment.of(index.useCase(useCase), assessor, date);
    }

    private void photoAssessment() {
        String useCase = "Photo-based home damage assessment";
        by(NOVAK, useCase, CLAIMS_WORKSHOP)
                .rate(STRATEGIC_VALUE, 4, MEDIUM, "Would change the economics of home claims and make 48-hour "
                        + "settlement possible.")
                .rate(CUSTOMER_EXPERIENCE, 5, MEDIUM, "Removes the nine-day wait for an adjuster for most claims.")
                .rate(FINANCIAL_POTENTIAL, 4, LOW, "Fewer adjuster visits at EUR 350 each would save about "
                        + "EUR 900,000 a year, if the model is accurate enough.")
                .rate(DATA_PROCESS_MATURITY, 1, HIGH, "Photos are unlabelled, scattered between the document store "
                        + "and inboxes, and not linked to final repair costs.")
                .rate(TECHNICAL_COMPLEXITY, 5, MEDIUM, "Computer vision on varied home damage is hard; vendors are "
                        + "proven in motor, much less in home.")
                .rate(BRAND_IMPACT, 4, MEDIUM, "A visible innovation if it works; a poor estimate would be "
                        + "publicised.")
                .rate(COMPLIANCE_RISK, 3, MEDIUM, "Estimates must remain decision support that an adjuster can "
                        + "overrule.")
                .rate(INITIATIVE_ALIGNMENT, 5, HIGH, "Central to Digital-first claims.");
        by(BYRNE, useCase, CLAIMS_WORKSHOP)
                .rate(DATA_PROCESS_MATURITY, 1, HIGH, "There is no training set today; a year of structured photo "
                        + "capture is needed first.")
                .rate(TECHNICAL_COMPLEXITY, 4, MEDIUM, "A vendor model trained on European home claims exists; we "
                        + "would fine-tune rather than build, so hard but not the hardest.");
    }

    private void automatedSettlement() {
        String useCase = "Fully automated home claim settlement";
        by(NOVAK, useCase, CLAIMS_WORKSHOP)
                .rate(STRATEGIC_VALUE, 4, MEDIUM, "Would make Kestrel the fastest home insurer for small claims.")
                .rate(CUSTOMER_EXPERIENCE, 4, MEDIUM, "Payment within hours for simple claims, but refusals without "
                        + "a person would anger customers.")
                .rate(FINANCIAL_POTENTIAL, 5, MEDIUM, "The handling cost of about 30,000 small claims a year would "
                        + "largely disappear.")
                .rate(DATA_PROCESS_MATURITY, 2, HIGH, "Depends on photo assessment, whose data is not ready.")
                .rate(TECHNICAL_COMPLEXITY, 4, MEDIUM, "End-to-end automation across claims, payments and fraud "
                        + "checks.")
                .rate(BRAND_IMPACT, 1, HIGH, "One wrongful automated refusal in the press would outweigh the "
                        + "benefit.")
                .rate(COMPLIANCE_RISK, 5, HIGH, "Automated refusals with legal effect fall under GDPR article 22 and "
                        + "conduct rules; unacceptable without human review.")
                .rate(INITIATIVE_ALIGNMENT, 4, MEDIUM, "Would serve Digital-first claims, but only once photo "
                        + "assessment is proven.");
        by(JANSSENS, useCase, CLAIMS_WORKSHOP)
                .rate(COMPLIANCE_RISK, 5, HIGH, "A refusal or a partial payment must be decided by a person; this "
                        + "design cannot be made compliant.");
    }

    private void settlementLetters() {
        by(NOVAK, "Plain-language settlement letters", EXPERIENCE_WORKSHOP)
                .rate(STRATEGIC_VALUE, 3, MEDIUM, "Fewer disputes after settlement, the moment many claimants "
                        + "decide to leave.")
                .rate(CUSTOMER_EXPERIENCE, 4, HIGH, "Customers understand what was paid and why.")
                .rate(FINANCIAL_POTENTIAL, 2, MEDIUM, "Fewer complaints and some retention; real, but hard to "
                        + "isolate.")
                .rate(DATA_PROCESS_MATURITY, 4, HIGH, "Deductions are coded in the claims system and linked to "
                        + "clauses in the wording library.")
                .rate(TECHNICAL_COMPLEXITY, 2, HIGH, "Letters generated from structured settlement data, approved "
                        + "by the handler.")
                .rate(BRAND_IMPACT, 4, MEDIUM, "Fair, clear communication is what people remember of a claim.")
                .rate(COMPLIANCE_RISK, 3, MEDIUM, "Letters are formal communications: each one is approved by the "
                        + "handler and the phrasing checked by Legal.")
                .rate(INITIATIVE_ALIGNMENT, 4, HIGH, "Customer retention 2027 and Digital-first claims.");
    }

    private void complaintWarning() {
        by(NOVAK, "Complaint early warning", EXPERIENCE_WORKSHOP)
                .rate(STRATEGIC_VALUE, 3, MEDIUM, "Fewer ombudsman cases, which are costly and watched by the "
                        + "regulator.")
                .rate(CUSTOMER_EXPERIENCE, 3, MEDIUM, "Complainants at risk get a senior handler early.")
                .rate(FINANCIAL_POTENTIAL, 3, MEDIUM, "90 fewer ombudsman cases a year, with the customers kept, are "
                        + "worth about EUR 260,000.")
                .rate(DATA_PROCESS_MATURITY, 3, MEDIUM, "The complaints register is complete since 2021, but "
                        + "transcripts cover only part of the calls.")
                .rate(TECHNICAL_COMPLEXITY, 2, MEDIUM, "Text classification on complaints and transcripts, routed in "
                        + "the existing complaints tool.")
                .rate(BRAND_IMPACT, 4, HIGH, "Ombudsman rulings are published; fewer of them protect the brand.")
                .rate(COMPLIANCE_RISK, 3, MEDIUM, "Processes complaint texts with personal data; it prioritises and "
                        + "never decides.")
                .rate(INITIATIVE_ALIGNMENT, 5, HIGH, "Named in Regulatory excellence and supports Customer retention "
                        + "2027.");
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.model.Confidence.HIGH;
import static dev.cartograph.model.Confidence.LOW;
import static dev.cartograph.model.Confidence.MEDIUM;
import static dev.cartograph.tests.support.Assessors.BYRNE;
import static dev.cartograph.tests.support.Assessors.DE_VRIES;
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

/** Scores of the internal claims operations use cases. */
@SuppressWarnings("nls")
final class ClaimsOperationsScores {

    private static final LocalDate CLAIMS_WORKSHOP = date(2025, 10, 22);

    private final SampleIndex index;

    private ClaimsOperationsScores(SampleIndex index) {
        this.index = index;
    }

    static void addTo(SampleIndex index) {
        ClaimsOperationsScores scores = new ClaimsOperationsScores(index);
        scores.intake();
        scores.triage();
        scores.coverCheck();
        scores.fraudScoring();
        scores.socialMediaScreening();
    }

    private Assessment by(String assessor, String useCase) {
        return Assessment.of(index.useCase(useCase), assessor, CLAIMS_WORKSHOP);
    }

    private void intake() {
        by(NOVAK, "First notice of loss intake from emails and forms")
                .rate(STRATEGIC_VALUE, 4, HIGH, "Claims handling is the core of the service promise; faster intake "
                        + "shortens every claim.")
                .rate(CUSTOMER_EXPERIENCE, 3, MEDIUM, "Customers get their claim number and next steps sooner, but "
                        + "do not see the intake itself.")
                .rate(FINANCIAL_POTENTIAL, 4, HIGH, "114,000 claims at 12 minutes; bringing intake down to 5 minutes "
                        + "frees about 13,000 hours a year.")
                .rate(DATA_PROCESS_MATURITY, 4, MEDIUM, "Emails and forms are archived with the claims they opened, "
                        + "which gives training pairs; intake is a stable process.")
                .rate(TECHNICAL_COMPLEXITY, 3, MEDIUM, "Extraction is proven, but writing into the claims system in "
                        + "three languages takes work.")
                .rate(BRAND_IMPACT, 2, MEDIUM, "Little brand effect: a quick acknowledgement is noticed, the intake "
                        + "itself is not.")
                .rate(COMPLIANCE_RISK, 2, HIGH, "Personal data stays in the claims process it was collected for; "
                        + "the handler checks each claim before it is opened.")
                .rate(INITIATIVE_ALIGNMENT, 5, HIGH, "First step of Digital-first claims and a large contributor to "
                        + "cost-to-serve.");
    }

    private void triage() {
        String useCase = "Claims triage and routing model";
        by(NOVAK, useCase)
                .rate(STRATEGIC_VALUE, 5, HIGH, "Routing decides the cost and speed of every claim; the claims "
                        + "strategy counts on it more than on any other lever.")
                .rate(CUSTOMER_EXPERIENCE, 3, MEDIUM, "Fewer re-routed claims: four days less for the customers "
                        + "concerned.")
                .rate(FINANCIAL_POTENTIAL, 4, MEDIUM, "Re-routing costs and a larger fast track can be valued; the "
                        + "gain depends on the model's precision.")
                .rate(DATA_PROCESS_MATURITY, 3, MEDIUM, "Ten years of claims with their final complexity exist, but "
                        + "past routing was inconsistent, so the labels are noisy.")
                .rate(TECHNICAL_COMPLEXITY, 3, MEDIUM, "A model plus integration in the claims system's assignment "
                        + "rules; team leaders need to see the reasons.")
                .rate(BRAND_IMPACT, 2, LOW, "Indirect brand effect through faster settlement.")
                .rate(COMPLIANCE_RISK, 3, MEDIUM, "Routing is not a decision on the claim, but a biased model could "
                        + "slow some groups of customers down; fairness testing is needed.")
                .rate(INITIATIVE_ALIGNMENT, 5, HIGH, "Core of Digital-first claims: 48-hour settlement needs a larger "
                        + "fast track.");
        by(DE_VRIES, useCase)
                .rate(DATA_PROCESS_MATURITY, 4, MEDIUM, "Claims Operations has cleaned its routing codes since 2023; "
                        + "two years of reliable labels are enough to start.");
        by(BYRNE, useCase)
                .rate(DATA_PROCESS_MATURITY, 2, MEDIUM, "Only the 2023-2025 labels are usable and home claims are "
                        + "under-represented; the model will be unstable until more data accrue.");
    }

    private void coverCheck() {
        by(NOVAK, "Cover check assistant for claims handlers")
                .rate(STRATEGIC_VALUE, 3, MEDIUM, "Improves the quality and speed of cover decisions, a recurring "
                        + "audit theme.")
                .rate(CUSTOMER_EXPERIENCE, 3, MEDIUM, "Fewer cover decisions overturned later: customers get the "
                        + "right answer the first time.")
                .rate(FINANCIAL_POTENTIAL, 3, MEDIUM, "Halving the 8-minute check saves about 7,600 hours a year, "
                        + "partly offset by licence costs.")
                .rate(DATA_PROCESS_MATURITY, 4, HIGH, "Wordings are complete and well structured, and the policy "
                        + "record says which version applies.")
                .rate(TECHNICAL_COMPLEXITY, 2, HIGH, "Retrieval with citations over a closed set of documents, on "
                        + "the platform built for the HR assistant.")
                .rate(BRAND_IMPACT, 2, MEDIUM, "Little brand effect, beyond fewer disputes about cover decisions.")
                .rate(COMPLIANCE_RISK, 2, HIGH, "The handler decides; the assistant only cites clauses from "
                        + "documents without personal data.")
                .rate(INITIATIVE_ALIGNMENT, 4, HIGH, "Supports cost-to-serve and shares its search engine with the "
                        + "clause finder and the policy explainer.");
    }

    private void fraudScoring() {
        String useCase = "Fraud referral scoring";
        by(NOVAK, useCase)
                .rate(STRATEGIC_VALUE, 4, MEDIUM, "Fraud is estimated at up to 10% of claims cost; better detection "
                        + "protects the margin and honest members.")
                .rate(CUSTOMER_EXPERIENCE, 1, MEDIUM, "Honest customers gain a little from fewer false referrals, "
                        + "but most never notice.")
                .rate(FINANCIAL_POTENTIAL, 5, HIGH, "A proven fraud saves EUR 6,000 on average; a few more detected "
                        + "cases a month pay for the model.")
                .rate(DATA_PROCESS_MATURITY, 3, MEDIUM, "Referral outcomes since 2019 exist, but proven fraud is rare "
                        + "and the data are unbalanced.")
                .rate(TECHNICAL_COMPLEXITY, 4, MEDIUM, "Needs network features, drift monitoring and explanations "
                        + "investigators can use.")
                .rate(BRAND_IMPACT, 2, MEDIUM, "A firm stance on fraud is welcome; a wrongful accusation would hurt.")
                .rate(COMPLIANCE_RISK, 4, MEDIUM, "Profiling in fraud detection needs a DPIA, fairness testing and "
                        + "explainability.")
                .rate(INITIATIVE_ALIGNMENT, 3, MEDIUM, "Supports cost-to-serve indirectly; no initiative names it.");
        by(DE_VRIES, useCase)
                .rate(STRATEGIC_VALUE, 2, MEDIUM, "For Claims the priority is speed for honest customers; fraud "
                        + "matters, but it is not where the strategy is.");
        by(JANSSENS, useCase)
                .rate(COMPLIANCE_RISK, 4, HIGH, "Profiling with significant effects on customers: a DPIA and human "
                        + "review of every referral are preconditions.");
    }

    private void socialMediaScreening() {
        by(NOVAK, "Social media screening of claimants")
                .rate(STRATEGIC_VALUE, 2, LOW, "A marginal gain over a better referral model; not a strategic "
                        + "priority.")
                .rate(CUSTOMER_EXPERIENCE, 1, HIGH, "Customers would experience it as surveillance.")
                .rate(FINANCIAL_POTENTIAL, 3, LOW, "The saving claimed is plausible but unproven and overlaps with "
                        + "fraud referral scoring.")
                .rate(DATA_PROCESS_MATURITY, 2, MEDIUM, "The data would have to be collected outside, matched to "
                        + "claimants and kept current.")
                .rate(TECHNICAL_COMPLEXITY, 4, MEDIUM, "Matching identities across platforms is unreliable and "
                        + "platforms restrict automated collection.")
                .rate(BRAND_IMPACT, 1, HIGH, "If it became known it would damage trust in Kestrel as a mutual.")
                .rate(COMPLIANCE_RISK, 5, HIGH, "Systematic monitoring of customers' social media is "
                        + "disproportionate under the GDPR; the DPO advised against it.")
                .rate(INITIATIVE_ALIGNMENT, 1, MEDIUM, "Serves no current initiative and runs against the "
                        + "customer-trust principles of the strategy.");
    }
}

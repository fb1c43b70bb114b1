// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.model.Confidence.HIGH;
import static dev.cartograph.model.Confidence.LOW;
import static dev.cartograph.model.Confidence.MEDIUM;
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

/** Scores of the finance and financial-crime use cases. */
@SuppressWarnings("nls")
final class FinanceAndComplianceScores {

    private static final LocalDate FINANCE_WORKSHOP = date(2025, 10, 8);
    private static final LocalDate COMPLIANCE_WORKSHOP = date(2025, 11, 5);

    private final SampleIndex index;

    private FinanceAndComplianceScores(SampleIndex index) {
        this.index = index;
    }

    static void addTo(SampleIndex index) {
        FinanceAndComplianceScores scores = new FinanceAndComplianceScores(index);
        scores.invoiceExtraction();
        scores.invoiceMatching();
        scores.invoiceLeakage();
        scores.commissionReconciliation();
        scores.sanctionsAlerts();
        scores.amlNotes();
    }

    private Assessment by(String assessor, String useCase, LocalDate date) {
        return Assessment.of(index.useCase(useCase), assessor, date);
    }

    private void invoiceExtraction() {
        String useCase = "Invoice data extraction";
        by(NOVAK, useCase, FINANCE_WORKSHOP)
                .rate(STRATEGIC_VALUE, 4, HIGH, "Frees about 12,000 hours of keying a year in Accounts Payable, "
                        + "a direct contribution to the cost-to-serve target.")
                .rate(CUSTOMER_EXPERIENCE, 2, MEDIUM, "No direct customer effect; garages and suppliers are paid a "
                        + "few days sooner.")
                .rate(FINANCIAL_POTENTIAL, 5, HIGH, "180,000 invoices at about 4 minutes of keying each: the effort "
                        + "saved is easy to count.")
                .rate(DATA_PROCESS_MATURITY, 4, HIGH, "Five years of invoices with their keyed values give labelled "
                        + "examples; the process is stable and documented.")
                .rate(TECHNICAL_COMPLEXITY, 2, HIGH, "Off-the-shelf invoice extraction with a standard connector to "
                        + "the finance system.")
                .rate(BRAND_IMPACT, 2, MEDIUM, "Invisible to customers; a modest plus with suppliers who complain "
                        + "about late payment.")
                .rate(COMPLIANCE_RISK, 2, HIGH, "Invoices hold little personal data and the clerk still validates "
                        + "every low-confidence field.")
                .rate(INITIATIVE_ALIGNMENT, 5, HIGH, "Flagship of Cost-to-serve -15% and the building block for "
                        + "invoice matching.");
        by(OBRIEN, useCase, FINANCE_WORKSHOP)
                .rate(FINANCIAL_POTENTIAL, 5, HIGH, "Checked against the AP cost model: 75% of 12,000 keying hours "
                        + "at EUR 32 an hour is about EUR 290,000 a year.");
    }

    private void invoiceMatching() {
        by(NOVAK, "Garage invoice to claim matching", FINANCE_WORKSHOP)
                .rate(STRATEGIC_VALUE, 4, MEDIUM, "Removes the main cause of AP exceptions and of late payment to "
                        + "the partner garages the claims network depends on.")
                .rate(CUSTOMER_EXPERIENCE, 2, MEDIUM, "Indirect: paid garages keep repairs moving, but customers do "
                        + "not see the matching.")
                .rate(FINANCIAL_POTENTIAL, 4, MEDIUM, "1,800 exceptions a month at 15 minutes each, plus claims "
                        + "handlers' time; the share the model resolves is still an estimate.")
                .rate(DATA_PROCESS_MATURITY, 3, MEDIUM, "Matched history exists, but job numbers and registration "
                        + "plates are recorded inconsistently in the claims system.")
                .rate(TECHNICAL_COMPLEXITY, 3, MEDIUM, "Needs a new integration between the finance and claims "
                        + "systems and a review screen for clerks.")
                .rate(BRAND_IMPACT, 1, MEDIUM, "No visible effect on the brand.")
                .rate(COMPLIANCE_RISK, 2, HIGH, "Proposes matches only; a clerk confirms low-confidence matches and "
                        + "payments keep their usual approval.")
                .rate(INITIATIVE_ALIGNMENT, 4, HIGH, "Serves Cost-to-serve -15% and Digital-first claims, and reuses "
                        + "the extraction already deployed.");
    }

    private void invoiceLeakage() {
        by(NOVAK, "Duplicate and inflated invoice detection", FINANCE_WORKSHOP)
                .rate(STRATEGIC_VALUE, 3, MEDIUM, "Reduces claims leakage, which matters for the combined ratio, "
                        + "but does not differentiate Kestrel.")
                .rate(CUSTOMER_EXPERIENCE, 1, HIGH, "Customers are not affected.")
                .rate(FINANCIAL_POTENTIAL, 4, HIGH, "Internal audit recovered EUR 1.1 million after payment in 2024; "
                        + "stopping even half of it before payment is a clear saving.")
                .rate(DATA_PROCESS_MATURITY, 4, MEDIUM, "Invoices and repair estimates are available, and the audit "
                        + "cases give labelled examples of leakage.")
                .rate(TECHNICAL_COMPLEXITY, 2, MEDIUM, "Rules and an anomaly model on data already extracted; flags "
                        + "appear in the existing approval tool.")
                .rate(BRAND_IMPACT, 1, MEDIUM, "No visible brand effect; a disputed flag is settled privately with "
                        + "the supplier.")
                .rate(COMPLIANCE_RISK, 2, HIGH, "Flags go to a human approver; no personal data beyond what "
                        + "approval already uses.")
                .rate(INITIATIVE_ALIGNMENT, 3, MEDIUM, "Supports cost-to-serve, although leakage is not one of its "
                        + "named levers.");
    }

    private void commissionReconciliation() {
        by(NOVAK, "Broker commission reconciliation", FINANCE_WORKSHOP)
                .rate(STRATEGIC_VALUE, 2, MEDIUM, "Irritates brokers, but the volume is small: 650 queries a month.")
                .rate(CUSTOMER_EXPERIENCE, 1, HIGH, "End customers are not affected; the benefit is for brokers.")
                .rate(FINANCIAL_POTENTIAL, 3, MEDIUM, "About 3,250 analyst hours a year and fewer incorrect "
                        + "commission payments.")
                .rate(DATA_PROCESS_MATURITY, 2, MEDIUM, "Commission data is spread over three systems with "
                        + "different policy keys; a clean-up must come first.")
                .rate(TECHNICAL_COMPLEXITY, 3, MEDIUM, "Needs a reconciled view across the ledger, policy "
                        + "administration and premium collection.")
                .rate(BRAND_IMPACT, 1, LOW, "Little effect on the brand outside the broker community.")
                .rate(COMPLIANCE_RISK, 1, HIGH, "Needs policy numbers only, no customer details; an analyst reviews "
                        + "every correction.")
                .rate(INITIATIVE_ALIGNMENT, 2, MEDIUM, "Supports the broker partnership, which is not a top "
                        + "priority for 2026.");
    }

    private void sanctionsAlerts() {
        by(NOVAK, "Sanctions alert false-positive reduction", COMPLIANCE_WORKSHOP)
                .rate(STRATEGIC_VALUE, 3, MEDIUM, "Keeps a mandatory control effective as volumes grow, without "
                        + "hiring analysts.")
                .rate(CUSTOMER_EXPERIENCE, 1, MEDIUM, "Customers rarely notice screening, except when a false alert "
                        + "delays a payout.")
                .rate(FINANCIAL_POTENTIAL, 3, MEDIUM, "About 2,400 analyst hours a year, roughly EUR 115,000: modest "
                        + "but certain.")
                .rate(DATA_PROCESS_MATURITY, 4, HIGH, "Every alert since 2021 is labelled with its outcome and the "
                        + "list data is of high quality.")
                .rate(TECHNICAL_COMPLEXITY, 2, HIGH, "The screening provider offers a scoring module; integration "
                        + "is configuration work.")
                .rate(BRAND_IMPACT, 2, MEDIUM, "Fewer payouts wrongly held up for customers with common names.")
                .rate(COMPLIANCE_RISK, 3, HIGH, "Risk-based alert handling is accepted only with documented model "
                        + "governance; no alert is closed without an analyst.")
                .rate(INITIATIVE_ALIGNMENT, 5, HIGH, "Named in the Regulatory excellence plan and contributes to "
                        + "cost-to-serve.");
    }

    private void amlNotes() {
        by(NOVAK, "AML investigation note drafting", COMPLIANCE_WORKSHOP)
                .rate(STRATEGIC_VALUE, 2, MEDIUM, "Improves audit quality in a small team; no effect on growth or "
                        + "margin.")
                .rate(CUSTOMER_EXPERIENCE, 1, HIGH, "Not visible to customers.")
                .rate(FINANCIAL_POTENTIAL, 2, MEDIUM, "Saves about a minute per alert; the real benefit, fewer "
                        + "audit findings, is hard to price.")
                .rate(DATA_PROCESS_MATURITY, 3, MEDIUM, "Alert data is structured, but past notes are too "
                        + "inconsistent to learn from; a note template must come first.")
                .rate(TECHNICAL_COMPLEXITY, 2, MEDIUM, "A generative model drafting from structured fields inside "
                        + "the existing case tool.")
                .rate(BRAND_IMPACT, 1, MEDIUM, "No brand effect: the notes stay inside the compliance file.")
                .rate(COMPLIANCE_RISK, 3, MEDIUM, "Generated text in a regulatory record must be reviewed and "
                        + "signed by the analyst, and must not invent facts.")
                .rate(INITIATIVE_ALIGNMENT, 4, HIGH, "Answers internal audit finding FC-2024-07 under Regulatory "
                        + "excellence.");
    }
}

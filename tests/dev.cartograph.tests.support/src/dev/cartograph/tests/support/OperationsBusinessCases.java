// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

/** Business cases of the finance and claims operations use cases. */
@SuppressWarnings("nls")
final class OperationsBusinessCases {

    private static final String PERCENT = "%";
    private static final String MINUTES = "minutes";

    private final SampleIndex index;

    private OperationsBusinessCases(SampleIndex index) {
        this.index = index;
    }

    static void addTo(SampleIndex index) {
        OperationsBusinessCases cases = new OperationsBusinessCases(index);
        cases.invoiceExtraction();
        cases.invoiceMatching();
        cases.invoiceLeakage();
        cases.intake();
        cases.triage();
    }

    private BusinessCaseDraft caseFor(String useCase) {
        return BusinessCaseDraft.of(index.useCase(useCase));
    }

    private void invoiceExtraction() {
        caseFor("Invoice data extraction")
                .problem("Accounts Payable keys about 180,000 invoices a year by hand, 4 minutes each, with an 8% "
                        + "error rate; garages complain about late payment.")
                .solution("An extraction service reads PDF, scanned and electronic invoices and fills in header and "
                        + "line data in the finance system; clerks review only the fields below a confidence "
                        + "threshold.")
                .benefits("About 9,000 hours of keying a year removed (5.6 FTE moved to supplier management), fewer "
                        + "keying errors, invoices ready for matching on the day they arrive.")
                .costs(220_000, 60_000).costAvoided(290_000).timeToValue(4)
                .data("Supplier invoices archive (five years, with the keyed values as labels) and supplier master "
                        + "data.")
                .risks("Poor scans from small garages; clerks trusting the extraction too much. Mitigated by "
                        + "confidence thresholds and a weekly sample check.")
                .compliance("Invoices hold little personal data; processing agreement with the vendor, data kept "
                        + "in the EU.")
                .dependencies("None. It is the base of garage invoice matching and of leakage detection.")
                .kpi("Manual capture time per invoice", MINUTES, 4, 1, 12)
                .kpi("Invoices captured without manual correction", PERCENT, 0, 75, 12);
    }

    private void invoiceMatching() {
        caseFor("Garage invoice to claim matching")
                .problem("12% of invoices, about 1,800 a month, fail matching, mostly garage invoices without the "
                        + "claim number; each exception takes 15 minutes and a median of 6 days.")
                .solution("A matching model links each garage invoice to its claim and repair authorisation from the "
                        + "registration plate, dates, parts and amounts, and proposes the match to the clerk.")
                .benefits("Exceptions down from 12% to 5% of invoices, garages paid within the agreed 14 days, "
                        + "claims handlers freed from AP queries.")
                .costs(160_000, 40_000).costAvoided(180_000).timeToValue(6)
                .data("Supplier invoices archive; claims history (authorisations, registration plates, repair "
                        + "estimates).")
                .risks("Inconsistent registration data in older claims; a wrong match pays against the wrong claim. "
                        + "Clerks confirm every match below 95% confidence.")
                .compliance("Registration plates are personal data; access stays with the AP roles that already "
                        + "see them.")
                .dependencies("Invoice data extraction (deployed).")
                .kpi("Invoices needing manual matching", PERCENT, 12, 5, 12)
                .kpi("Days to resolve a matching exception", "days", 6, 2, 12);
    }

    private void invoiceLeakage() {
        caseFor("Duplicate and inflated invoice detection")
                .problem("EUR 1.1 million of duplicate or overcharged invoices was recovered after payment in 2024 "
                        + "(310 cases); recovery is slow and some leakage is never found.")
                .solution("Anomaly detection at approval flags likely duplicates and invoices far above the repair "
                        + "estimate or the market rate, and says why.")
                .benefits("Most duplicates stopped before payment, less recovery work, leakage reduced by about "
                        + "EUR 450,000 a year.")
                .costs(120_000, 35_000).costAvoided(450_000).timeToValue(6)
                .data("Supplier invoices archive, repair estimates from the claims history, internal audit cases.")
                .risks("Too many flags and approvers stop reading them: tuned to flag at most 2% of invoices.")
                .compliance("No customer data beyond what approval already uses; supplier disputes go through "
                        + "Procurement.")
                .dependencies("Invoice data extraction (line-level data).")
                .kpi("Duplicate or inflated invoices found after payment", "invoices per year", 310, 60, 18);
    }

    private void intake() {
        caseFor("First notice of loss intake from emails and forms")
                .problem("58% of 114,000 claims a year arrive by email or web form and are retyped; intake takes 12 "
                        + "minutes per claim and customers wait for an acknowledgement.")
                .solution("Claim details extracted from emails, broker messages and forms into a pre-filled claim, "
                        + "with a drafted acknowledgement, both checked by the intake handler.")
                .benefits("Intake from 12 to 5 minutes (about 13,000 hours a year), acknowledgement within the "
                        + "hour, cleaner data for triage.")
                .costs(350_000, 90_000).costAvoided(470_000).timeToValue(6)
                .data("Claims history (emails and forms linked to the claims they opened), policy administration "
                        + "data.")
                .risks("Emails in Dutch, French and English; broker formats vary. The pilot starts with Dutch motor "
                        + "claims.")
                .compliance("Personal and sometimes health data (injury claims), processed in the EU for the claims "
                        + "purpose; DPIA updated.")
                .dependencies("Claims system API release 2026.1.")
                .kpi("Handling time to record a claim", MINUTES, 12, 5, 12)
                .kpi("Claims acknowledged within one hour", PERCENT, 35, 90, 12);
    }

    private void triage() {
        caseFor("Claims triage and routing model")
                .problem("Triage depends on experience: 15% of claims are re-routed, adding four days, and the fast "
                        + "track handles only 42% of claims.")
                .solution("A complexity model scores each new claim and proposes the route (fast track, handler, "
                        + "adjuster, fraud review) with its main reasons; team leaders confirm.")
                .benefits("Re-routing down to 5%, fast track up to 55% of claims: a step towards settlement in 48 "
                        + "hours.")
                .costs(480_000, 120_000).costAvoided(620_000).timeToValue(9)
                .data("Claims history 2023-2025 with final complexity, policy administration data, structured "
                        + "intake data.")
                .risks("Noisy historic labels (assessors disagree on data maturity) and drift after storms. Start "
                        + "with motor and monitor monthly.")
                .compliance("Fairness testing across customer groups; a person confirms every route and no "
                        + "decision on the claim itself is automated.")
                .dependencies("First notice of loss intake (structured intake data).")
                .kpi("Claims re-routed after triage", PERCENT, 15, 5, 18)
                .kpi("Share of claims on the fast track", PERCENT, 42, 55, 18);
    }
}

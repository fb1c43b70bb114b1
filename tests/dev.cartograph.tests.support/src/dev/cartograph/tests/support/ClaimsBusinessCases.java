// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

/** Business cases of the use cases on the claimant's experience. */
@SuppressWarnings("nls")
final class ClaimsBusinessCases {

    private static final String PERCENT = "%";

    private final SampleIndex index;

    private ClaimsBusinessCases(SampleIndex index) {
        this.index = index;
    }

    static void addTo(SampleIndex index) {
        ClaimsBusinessCases cases = new ClaimsBusinessCases(index);
        cases.claimStatus();
        cases.photoAssessment();
        cases.automatedSettlement();
        cases.settlementLetters();
        cases.complaintWarning();
    }

    private BusinessCaseDraft caseFor(String useCase) {
        return BusinessCaseDraft.of(index.useCase(useCase));
    }

    private void claimStatus() {
        caseFor("Proactive claim status updates")
                .problem("27% of inbound claims calls, about 14,000 a month, ask where a claim is; home claimants "
                        + "call 2.8 times per claim to chase.")
                .solution("Predict the next milestone and any delay of each open claim and send a plain-language "
                        + "update by app, text or email before the customer asks.")
                .benefits("Chasing calls more than halved, claims NPS up, and customers who felt informed are less "
                        + "likely to leave after a claim.")
                .costs(260_000, 70_000).costAvoided(380_000).revenueGained(250_000).timeToValue(6)
                .data("Claims history (time-stamped milestones), CRM customer records (contact preferences).")
                .risks("Announced dates that slip damage trust: only milestones predicted with high confidence are "
                        + "announced.")
                .compliance("Service messages based on data held for the claim; contact preferences respected.")
                .dependencies("Notification service upgrade (digital channels roadmap).")
                .kpi("'Where is my claim?' calls per month", "calls", 14_000, 6_000, 12)
                .kpi("Claims NPS", "points", 12, 25, 18);
    }

    private void photoAssessment() {
        caseFor("Photo-based home damage assessment")
                .problem("Home claimants wait a median of 9 working days for an assessment; 40% of claims get an "
                        + "adjuster visit at about EUR 350 each.")
                .solution("Computer vision estimates damage and repair cost from the customer's photos; adjusters "
                        + "visit only complex claims and can overrule any estimate.")
                .benefits("Adjuster visits down from 40% to 25% of home claims; assessment within 2 days for "
                        + "photo-assessed claims.")
                .costs(750_000, 220_000).costAvoided(900_000).timeToValue(24)
                .data("Claim photos and documents, structured and labelled with final repair costs; claims history.")
                .risks("The data is not ready (maturity scored 1): a year of structured photo capture comes first; "
                        + "accuracy on varied home damage is unproven.")
                .compliance("Decision support only, the adjuster stays accountable; photos can show people and are "
                        + "minimised.")
                .dependencies("Structured photo capture in the app's claim form, planned for 2026.")
                .kpi("Working days from claim to assessment", "days", 9, 2, 36)
                .kpi("Home claims needing an adjuster visit", PERCENT, 40, 25, 36);
    }

    private void automatedSettlement() {
        caseFor("Fully automated home claim settlement")
                .problem("About 30,000 small home claims a year (up to EUR 2,500) cost almost as much to handle as "
                        + "they pay out.")
                .solution("Decide and pay small home claims without human review, from photos, the policy and fraud "
                        + "scores.")
                .benefits("Claimed by the proposal: EUR 1.3 million a year of handling cost removed and payment "
                        + "within hours.")
                .costs(600_000, 180_000).costAvoided(1_300_000).timeToValue(18)
                .data("Claim photos and documents, claims history, policy wordings library.")
                .risks("Wrong refusals, fraudsters exploiting the automation, dependence on immature photo data.")
                .compliance("An automated refusal is a decision with legal effect (GDPR article 22) and a conduct "
                        + "risk; rejected by the risk committee.")
                .dependencies("Photo-based home damage assessment.")
                .kpi("Home claims settled within 24 hours", PERCENT, 5, 40, 24);
    }

    private void settlementLetters() {
        caseFor("Plain-language settlement letters")
                .problem("1,150 complaints a year are about settlement amounts; letters show the deductions as "
                        + "codes.")
                .solution("Generated settlement letters explain each deduction in plain language with the clause "
                        + "behind it; the handler approves every letter.")
                .benefits("Settlement complaints down by 40%, fewer claimants leaving after a claim, less handler "
                        + "time on explanation calls.")
                .costs(150_000, 40_000).costAvoided(140_000).revenueGained(600_000).timeToValue(6)
                .data("Claims history (deduction codes), policy wordings library.")
                .risks("A deduction explained wrongly: an approved phrase library per deduction code.")
                .compliance("Formal correspondence: Legal approves the templates and the handler every letter.")
                .dependencies("None.")
                .kpi("Complaints about settlement amounts", "complaints per year", 1_150, 700, 18);
    }

    private void complaintWarning() {
        caseFor("Complaint early warning")
                .problem("210 complaints a year reach an ombudsman and 74% of those customers leave within a year; "
                        + "the risk of escalation is spotted late.")
                .solution("A classifier reads complaints, emails and call transcripts, flags customers likely to "
                        + "escalate and routes them to a senior handler within a day.")
                .benefits("Ombudsman referrals down to 120 a year, fees and handling saved, more complainants kept.")
                .costs(170_000, 45_000).costAvoided(260_000).revenueGained(180_000).timeToValue(9)
                .data("Complaints register since 2021, contact-centre transcripts.")
                .risks("Flags biased towards articulate customers: flagged and unflagged samples are reviewed.")
                .compliance("Prioritisation only; complaint handling rules of Kifid, the Belgian ombudsman and the "
                        + "FSPO are unchanged.")
                .dependencies("After-call summaries (transcripts).")
                .kpi("Complaints referred to an ombudsman", "cases per year", 210, 120, 18);
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

/** Business cases of the internal knowledge, compliance and fraud use cases. */
@SuppressWarnings("nls")
final class KnowledgeBusinessCases {

    private static final String PERCENT = "%";
    private static final String MINUTES = "minutes";

    private final SampleIndex index;

    private KnowledgeBusinessCases(SampleIndex index) {
        this.index = index;
    }

    static void addTo(SampleIndex index) {
        KnowledgeBusinessCases cases = new KnowledgeBusinessCases(index);
        cases.coverCheck();
        cases.sanctionsAlerts();
        cases.hrAssistant();
        cases.clauseFinder();
        cases.socialMediaScreening();
    }

    private BusinessCaseDraft caseFor(String useCase) {
        return BusinessCaseDraft.of(index.useCase(useCase));
    }

    private void coverCheck() {
        caseFor("Cover check assistant for claims handlers")
                .problem("Handlers spend 8 minutes per claim checking cover in wording PDFs, and 3.5% of cover "
                        + "decisions are overturned on review.")
                .solution("A retrieval assistant finds the wording in force for the policy and cites the clauses "
                        + "that apply to the reported loss.")
                .benefits("Cover check halved to 4 minutes (about 7,600 hours a year); fewer overturned decisions "
                        + "and complaints.")
                .costs(180_000, 70_000).costAvoided(400_000).timeToValue(5)
                .data("Policy wordings library; product version from the policy administration data.")
                .risks("Handlers relying on the citation without reading it: the answer always shows the clause "
                        + "text.")
                .compliance("No personal data in the documents; the decision remains the handler's.")
                .dependencies("Retrieval platform of the HR policy assistant.")
                .kpi("Time to check cover", MINUTES, 8, 4, 12)
                .kpi("Cover decisions overturned on review", PERCENT, 3.5, 1.5, 12);
    }

    private void sanctionsAlerts() {
        caseFor("Sanctions alert false-positive reduction")
                .problem("94% of 31,000 screening alerts a year are false positives and analysts spend 7 minutes on "
                        + "each.")
                .solution("Alert scoring on date of birth, nationality and address, with a pre-filled rationale for "
                        + "clear false positives; an analyst still closes every alert.")
                .benefits("About 2,400 analyst hours a year freed for real investigations; faster payouts to "
                        + "customers with common names.")
                .costs(90_000, 30_000).costAvoided(115_000).timeToValue(4)
                .data("Sanctions and PEP lists, CRM customer records, alert outcomes since 2021.")
                .risks("A true match ranked low: no automatic closure and monthly sampling by the MLRO.")
                .compliance("Model governance documented for the AML supervisor; the analyst stays accountable.")
                .dependencies("Scoring module of the screening provider (contract amendment).")
                .kpi("Analyst time per false-positive alert", MINUTES, 7, 2, 9);
    }

    private void hrAssistant() {
        caseFor("HR policy assistant")
                .problem("Employees raise 2,200 HR tickets a month, 70% of them on 40 recurring questions, after "
                        + "failing to find the answer on the intranet.")
                .solution("An assistant in the intranet and Teams that answers from the current policies for the "
                        + "employee's country, with links, and hands over to HR when needed.")
                .benefits("Tickets down by 45%, HR advisors free for real cases, employees answered in seconds.")
                .costs(60_000, 25_000).costAvoided(160_000).timeToValue(3)
                .data("HR policies and handbook, cleaned up to one current version per country.")
                .risks("Outdated policies creeping back: each policy has an owner and a quarterly review.")
                .compliance("No personal HR data used; the works council was informed and agreed in September 2025.")
                .dependencies("None.")
                .kpi("HR tickets per month", "tickets", 2_200, 1_200, 9)
                .kpi("Employees finding their answer without a ticket", PERCENT, 43, 75, 9);
    }

    private void clauseFinder() {
        caseFor("Policy wording and clause finder")
                .problem("Underwriters spend 15 minutes finding the right wording among 14 versions before "
                        + "answering each of 1,400 questions a month.")
                .solution("Clause-level search across all wordings in force and earlier interpretations, filtered "
                        + "by the product version of the policy.")
                .benefits("Search from 15 to 4 minutes (about 3,000 hours a year), consistent interpretations, "
                        + "broker questions answered within a day.")
                .costs(140_000, 45_000).costAvoided(210_000).timeToValue(5)
                .data("Policy wordings library, policy administration data, interpretation log.")
                .risks("The interpretation log is uneven: the 200 most used interpretations are curated first.")
                .compliance("Internal use on documents without personal data.")
                .dependencies("Retrieval platform shared with the cover check assistant.")
                .kpi("Time to find the applicable wording", MINUTES, 15, 4, 9)
                .kpi("Broker questions answered within one working day", PERCENT, 30, 80, 12);
    }

    private void socialMediaScreening() {
        caseFor("Social media screening of claimants")
                .problem("80% of fraud referrals are false alarms, while organised fraud goes undetected.")
                .solution("Collect claimants' public social media posts and flag contradictions with their claim.")
                .benefits("Claimed by the proposal: EUR 900,000 a year of additional fraud detected.")
                .costs(300_000, 150_000).costAvoided(900_000).timeToValue(12)
                .data("Public social media profiles (to be collected), counter-fraud case history.")
                .risks("Wrong identity matches, platform terms of use, public backlash.")
                .compliance("The DPO judged it disproportionate under the GDPR and the works council objected; a "
                        + "DPIA would be unlikely to pass.")
                .dependencies("None.")
                .kpi("Fraud detected per year", "EUR", 4_200_000, 5_100_000, 24);
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

/** Business cases of the customer service use cases. */
@SuppressWarnings("nls")
final class ServiceBusinessCases {

    private static final String PERCENT = "%";
    private static final String MINUTES = "minutes";

    private final SampleIndex index;

    private ServiceBusinessCases(SampleIndex index) {
        this.index = index;
    }

    static void addTo(SampleIndex index) {
        ServiceBusinessCases cases = new ServiceBusinessCases(index);
        cases.afterCallSummaries();
        cases.agentKnowledge();
        cases.chatAssistant();
        cases.stormSurge();
        cases.fileBriefing();
    }

    private BusinessCaseDraft caseFor(String useCase) {
        return BusinessCaseDraft.of(index.useCase(useCase));
    }

    private void afterCallSummaries() {
        caseFor("After-call summaries for agents")
                .problem("Agents spend 2 minutes writing notes after each of 52,000 contacts a month, and 39% of the "
                        + "notes are incomplete.")
                .solution("Summaries generated from the transcript, with the proposed contact reason and what was "
                        + "promised; the agent checks and saves.")
                .benefits("Wrap-up from 2 minutes to 30 seconds (about 15,000 agent hours a year), complete notes, "
                        + "reliable contact reasons for analysis.")
                .costs(200_000, 110_000).costAvoided(420_000).timeToValue(6)
                .data("Contact-centre transcripts, CRM customer records.")
                .risks("French calls not yet transcribed; summaries that miss a promise. Dutch and English first, "
                        + "with QA sampling.")
                .compliance("Recording notices updated; transcripts kept 90 days; every summary reviewed by the "
                        + "agent.")
                .dependencies("Transcription of French calls (contact-centre platform upgrade, Q3 2026).")
                .kpi("After-call work per contact", MINUTES, 2, 0.5, 12)
                .kpi("Contact notes complete in the QA sample", PERCENT, 61, 90, 12);
    }

    private void agentKnowledge() {
        caseFor("Agent knowledge assistant")
                .problem("Agents search five systems for 6 minutes per contact; 23% of contacts are transferred and "
                        + "customers repeat themselves.")
                .solution("One assistant on the agent desktop that answers in the context of the customer on the "
                        + "line, with sources from policy, claims and knowledge articles.")
                .benefits("Average handling time from 11.5 to 9 minutes, transfers from 23% to 15%, more problems "
                        + "solved at first contact.")
                .costs(420_000, 150_000).costAvoided(650_000).timeToValue(9)
                .data("Contact-centre transcripts, claims history, policy wordings library, CRM customer records, "
                        + "knowledge articles.")
                .risks("Outdated knowledge articles and slow adoption: a curation sprint and agent champions on "
                        + "each site.")
                .compliance("Role-based access to customer data; answers reach customers only through the agent.")
                .dependencies("Knowledge article clean-up; after-call summaries for context.")
                .kpi("Average handling time", MINUTES, 11.5, 9, 12)
                .kpi("Contacts transferred", PERCENT, 23, 15, 12);
    }

    private void chatAssistant() {
        caseFor("Customer service chat assistant")
                .problem("52,000 contacts a month; 31% of contact-page visits happen outside opening hours, and "
                        + "customers wait and repeat their story.")
                .solution("A generative assistant on the web and in the app, grounded in the customer's own policy "
                        + "and claim, that answers, starts claims and hands over to an agent with the conversation.")
                .benefits("A quarter of contacts resolved without an agent, service around the clock, agents free "
                        + "for complex cases.")
                .costs(950_000, 380_000).costAvoided(1_100_000).timeToValue(15)
                .data("Policy wordings library, claims history, policy administration data; contact-centre "
                        + "transcripts for testing.")
                .risks("Made-up answers about cover, low containment, customers refusing the bot. Grounding with "
                        + "citations, strict hand-over rules and a staged launch.")
                .compliance("AI Act transparency (customers know they talk to an AI); the assistant makes no cover "
                        + "commitments; DPIA. Compliance disputes the residual risk (see the spread in the scores).")
                .dependencies("Agent knowledge assistant (curated knowledge), the policy explainer's guardrails, "
                        + "identity verification in the app.")
                .kpi("Contacts resolved without an agent", PERCENT, 0, 25, 24)
                .kpi("Satisfaction with digital service", PERCENT, 72, 80, 24);
    }

    private void stormSurge() {
        caseFor("Storm surge call deflection")
                .problem("In storm weeks claim volumes triple; waits reach 23 minutes and 31% of calls are "
                        + "abandoned.")
                .solution("A surge forecast from weather warnings and history switches on digital-first claim "
                        + "reporting, priority call-backs for urgent cases and extra staffing.")
                .benefits("Waits under 8 minutes in storm weeks, fewer abandoned calls, less overtime and temporary "
                        + "staff.")
                .costs(190_000, 50_000).costAvoided(210_000).timeToValue(8)
                .data("Contact-centre history, claims history of past storms, public weather warnings.")
                .risks("Few storms to learn from; false alarms cost staff time. A person decides on activation.")
                .compliance("Urgency rules (for example a home that cannot be lived in) are published; no profiling "
                        + "of individuals.")
                .dependencies("Call-back function of the contact-centre platform.")
                .kpi("Average wait in storm weeks", MINUTES, 23, 8, 12)
                .kpi("Calls abandoned in storm weeks", PERCENT, 31, 10, 12);
    }

    private void fileBriefing() {
        caseFor("Claim file briefing for handlers")
                .problem("Every call on an open home claim reaches a different handler, who spends 7 minutes reading "
                        + "the file.")
                .solution("A ten-line briefing generated from the claim file and the last contacts appears when the "
                        + "call arrives.")
                .benefits("File reading from 7 to 2 minutes on about 40,000 calls a year (about 3,300 hours); "
                        + "customers no longer repeat themselves.")
                .costs(160_000, 50_000).costAvoided(150_000).timeToValue(6)
                .data("Claims history (notes), contact-centre transcripts.")
                .risks("A briefing that misses a promise, handlers who stop reading files: each line links to its "
                        + "source.")
                .compliance("Health data in injury files: the briefing follows the access rules of the file.")
                .dependencies("After-call summaries for agents.")
                .kpi("Time to get up to speed on a claim file", MINUTES, 7, 2, 12);
    }
}

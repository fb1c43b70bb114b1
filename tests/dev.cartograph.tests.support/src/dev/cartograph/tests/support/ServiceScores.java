// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.model.Confidence.HIGH;
import static dev.cartograph.model.Confidence.LOW;
import static dev.cartograph.model.Confidence.MEDIUM;
import static dev.cartograph.tests.support.Assessors.BYRNE;
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

/** Scores of the customer service use cases. */
@SuppressWarnings("nls")
final class ServiceScores {

    private static final LocalDate SERVICE_WORKSHOP = date(2025, 11, 19);

    private final SampleIndex index;

    private ServiceScores(SampleIndex index) {
        this.index = index;
    }

    static void addTo(SampleIndex index) {
        ServiceScores scores = new ServiceScores(index);
        scores.afterCallSummaries();
        scores.agentKnowledge();
        scores.chatAssistant();
        scores.stormSurge();
        scores.claimStatus();
        scores.fileBriefing();
    }

    private Assessment by(String assessor, String useCase) {
        return Assessment.of(index.useCase(useCase), assessor, SERVICE_WORKSHOP);
    }

    private void afterCallSummaries() {
        by(NOVAK, "After-call summaries for agents")
                .rate(STRATEGIC_VALUE, 3, MEDIUM, "Gives agents time back and better records: a solid operational "
                        + "gain.")
                .rate(CUSTOMER_EXPERIENCE, 3, MEDIUM, "The next agent knows what was promised, so customers repeat "
                        + "themselves less.")
                .rate(FINANCIAL_POTENTIAL, 4, HIGH, "52,000 contacts a month at 2 minutes of wrap-up: cutting it to "
                        + "30 seconds frees about 15,000 agent hours a year.")
                .rate(DATA_PROCESS_MATURITY, 3, MEDIUM, "Transcripts exist for Dutch and English calls only; French "
                        + "calls need transcription first.")
                .rate(TECHNICAL_COMPLEXITY, 2, HIGH, "The contact-centre platform offers summarisation; "
                        + "configuration and a CRM field mapping remain.")
                .rate(BRAND_IMPACT, 2, MEDIUM, "A small indirect effect through better follow-up.")
                .rate(COMPLIANCE_RISK, 3, MEDIUM, "Call recordings are personal data; the agent checks each summary "
                        + "and retention rules apply.")
                .rate(INITIATIVE_ALIGNMENT, 4, HIGH, "Cost-to-serve, and the summaries feed the claim file briefing.");
    }

    private void agentKnowledge() {
        by(NOVAK, "Agent knowledge assistant")
                .rate(STRATEGIC_VALUE, 4, MEDIUM, "The contact centre is the largest cost and the main customer "
                        + "moment; better answers serve both.")
                .rate(CUSTOMER_EXPERIENCE, 4, MEDIUM, "Shorter holds, fewer transfers, and no more repeating the "
                        + "accident story.")
                .rate(FINANCIAL_POTENTIAL, 3, MEDIUM, "Handling time and transfer savings are real but depend on "
                        + "adoption; the estimate range is wide.")
                .rate(DATA_PROCESS_MATURITY, 3, MEDIUM, "Knowledge articles are partly outdated and claim notes are "
                        + "free text; curation is needed.")
                .rate(TECHNICAL_COMPLEXITY, 3, MEDIUM, "Retrieval over five sources with access rights per agent "
                        + "role.")
                .rate(BRAND_IMPACT, 3, MEDIUM, "Consistent, correct answers on the phone protect the brand.")
                .rate(COMPLIANCE_RISK, 3, MEDIUM, "Uses customer data in context, with an agent between every "
                        + "answer and the customer.")
                .rate(INITIATIVE_ALIGNMENT, 4, HIGH, "Central to cost-to-serve and the foundation of the customer "
                        + "chat assistant.");
    }

    private void chatAssistant() {
        String useCase = "Customer service chat assistant";
        by(NOVAK, useCase)
                .rate(STRATEGIC_VALUE, 5, MEDIUM, "Moves service to digital, around the clock, at lower cost: the "
                        + "heart of the digital strategy.")
                .rate(CUSTOMER_EXPERIENCE, 4, MEDIUM, "Answers outside office hours and without waiting, though a "
                        + "bad answer would frustrate.")
                .rate(FINANCIAL_POTENTIAL, 4, MEDIUM, "Resolving a quarter of contacts without an agent is worth "
                        + "over EUR 1 million a year, if containment holds.")
                .rate(DATA_PROCESS_MATURITY, 3, MEDIUM, "Depends on the knowledge curated for the agent assistant "
                        + "and on real-time claim data.")
                .rate(TECHNICAL_COMPLEXITY, 4, MEDIUM, "Generative dialogue with authentication, claims actions, "
                        + "three languages and hand-over to agents.")
                .rate(BRAND_IMPACT, 4, MEDIUM, "A good assistant signals a modern insurer; a made-up answer on "
                        + "cover would be a public incident.")
                .rate(COMPLIANCE_RISK, 4, MEDIUM, "Customer-facing generative AI: AI Act transparency duties, cover "
                        + "statements that could bind Kestrel, personal data in prompts.")
                .rate(INITIATIVE_ALIGNMENT, 5, HIGH, "Named in both Digital-first claims and Cost-to-serve -15%.");
        by(BYRNE, useCase)
                .rate(TECHNICAL_COMPLEXITY, 4, MEDIUM, "The hand-over and the claims actions are the hard part, not "
                        + "the language model.");
        by(JANSSENS, useCase)
                .rate(COMPLIANCE_RISK, 5, MEDIUM, "Statements about cover made by a model could be held against us "
                        + "by the ombudsman; no go-live before the policy explainer has proven its guardrails.");
        by(MOREAU, useCase)
                .rate(COMPLIANCE_RISK, 3, LOW, "Grounded in the customer's own documents, with citations and a "
                        + "hand-over rule, the risk is comparable to that of a new agent.");
    }

    private void stormSurge() {
        by(NOVAK, "Storm surge call deflection")
                .rate(STRATEGIC_VALUE, 3, MEDIUM, "Protects service in the few weeks a year that define the brand.")
                .rate(CUSTOMER_EXPERIENCE, 4, HIGH, "Customers with a damaged home get help fast, exactly when it "
                        + "matters.")
                .rate(FINANCIAL_POTENTIAL, 3, MEDIUM, "Saves overtime and temporary staff in storm weeks; the value "
                        + "varies from year to year.")
                .rate(DATA_PROCESS_MATURITY, 3, MEDIUM, "Weather feeds and historic storm volumes exist, but storms "
                        + "are a small sample.")
                .rate(TECHNICAL_COMPLEXITY, 3, MEDIUM, "Combines a surge forecast with workforce planning and "
                        + "call-back routing.")
                .rate(BRAND_IMPACT, 4, HIGH, "The press covers storm response; good handling is visible.")
                .rate(COMPLIANCE_RISK, 2, MEDIUM, "No decision about customers; the urgency rules must be fair and "
                        + "published.")
                .rate(INITIATIVE_ALIGNMENT, 4, HIGH, "Digital-first claims and cost-to-serve.");
    }

    private void claimStatus() {
        by(NOVAK, "Proactive claim status updates")
                .rate(STRATEGIC_VALUE, 4, HIGH, "Claims are the moment of truth; keeping customers informed is the "
                        + "main claims promise.")
                .rate(CUSTOMER_EXPERIENCE, 5, HIGH, "Removes the most cited claims frustration: not knowing where "
                        + "the claim is.")
                .rate(FINANCIAL_POTENTIAL, 3, MEDIUM, "About 8,000 fewer chasing calls a month can be counted; the "
                        + "retention effect is an estimate.")
                .rate(DATA_PROCESS_MATURITY, 4, HIGH, "Claim milestones are time-stamped in the claims system, with "
                        + "ten years of history for the delay model.")
                .rate(TECHNICAL_COMPLEXITY, 2, HIGH, "Milestone prediction plus templated messages through the "
                        + "existing notification service.")
                .rate(BRAND_IMPACT, 4, HIGH, "Visible, positive and low risk.")
                .rate(COMPLIANCE_RISK, 2, HIGH, "Informative messages only, no decision on the claim, using data "
                        + "already held for it.")
                .rate(INITIATIVE_ALIGNMENT, 5, HIGH, "Named in Digital-first claims and supports Customer retention "
                        + "2027.");
    }

    private void fileBriefing() {
        by(NOVAK, "Claim file briefing for handlers")
                .rate(STRATEGIC_VALUE, 3, MEDIUM, "Keeps pooled claims handling personal.")
                .rate(CUSTOMER_EXPERIENCE, 4, MEDIUM, "Customers no longer tell their story again on every call.")
                .rate(FINANCIAL_POTENTIAL, 3, MEDIUM, "7 minutes of file reading saved on about 40,000 calls a year.")
                .rate(DATA_PROCESS_MATURITY, 3, MEDIUM, "Claim notes are free text of mixed quality; the after-call "
                        + "summaries will improve them.")
                .rate(TECHNICAL_COMPLEXITY, 2, MEDIUM, "Summarising claim notes inside the claims system: a narrow, "
                        + "well-defined task.")
                .rate(BRAND_IMPACT, 3, MEDIUM, "Customers feel known.")
                .rate(COMPLIANCE_RISK, 3, MEDIUM, "Injury claim files contain health data; access rules must carry "
                        + "over to the briefing.")
                .rate(INITIATIVE_ALIGNMENT, 4, HIGH, "Digital-first claims, reusing the after-call summaries.");
    }
}

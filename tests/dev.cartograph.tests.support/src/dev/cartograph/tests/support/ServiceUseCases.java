// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.tests.support.Enablers.COST_TO_SERVE;
import static dev.cartograph.tests.support.Enablers.DIGITAL_CLAIMS;
import static dev.cartograph.tests.support.Enablers.REGULATORY;
import static dev.cartograph.tests.support.Enablers.RETENTION;

import dev.cartograph.model.AiPattern;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;

/** External use cases in customer service and the claims experience. */
@SuppressWarnings("nls")
final class ServiceUseCases {

    private static final String CCO = "Laurent Dubois, Chief Customer Officer";
    private static final String CCO_CLAIMS = "Ingrid Bakker, Chief Claims Officer";
    private static final String CRO = "Claire Walsh, Chief Risk Officer";
    private static final String SERVICE_OWNER = "Niamh Murphy, Head of Customer Service";
    private static final String CLAIMS_OWNER = "Pieter de Vries, Claims Operations Director";

    private final Portfolio portfolio;
    private final SampleIndex index;

    private ServiceUseCases(Portfolio portfolio, SampleIndex index) {
        this.portfolio = portfolio;
        this.index = index;
    }

    static void addTo(Portfolio portfolio, SampleIndex index) {
        ServiceUseCases cases = new ServiceUseCases(portfolio, index);
        cases.contactCentre();
        cases.claimsExperience();
        cases.afterTheClaim();
    }

    private UseCaseDraft add(String name, UseCaseStatus status, AiPattern pattern, String description) {
        return UseCaseDraft.add(portfolio, index, name, Scope.EXTERNAL, status, pattern, description);
    }

    private void contactCentre() {
        add("After-call summaries for agents", UseCaseStatus.APPROVED, AiPattern.GENERATION,
                "Summarises each call or chat from the transcript, proposes the contact reason and lists what was "
                        + "promised; the agent checks and saves.")
                .people(CCO, SERVICE_OWNER)
                .steps("Wrap up and write notes").frictions("After-call notes slow and incomplete")
                .initiatives(COST_TO_SERVE).data("Contact-centre transcripts", "CRM customer records");
        add("Agent knowledge assistant", UseCaseStatus.BUSINESS_CASE, AiPattern.SEARCH_KNOWLEDGE,
                "One search box for agents across policy, claims and knowledge articles, answering in context of "
                        + "the customer on the line, with sources.")
                .people(CCO, SERVICE_OWNER)
                .steps("Understand the need and find information", "Transfer or call back")
                .stages("Report a motor claim")
                .frictions("Agents search five systems", "Too many transfers",
                        "Accident details asked again and again")
                .initiatives(COST_TO_SERVE)
                .data("Contact-centre transcripts", "Claims history", "Policy wordings library",
                        "CRM customer records");
        add("Customer service chat assistant", UseCaseStatus.BUSINESS_CASE, AiPattern.CONVERSATIONAL_ASSISTANT,
                "A generative assistant on the website and in the app, 24/7, that answers policy and claim "
                        + "questions from the customer's own data, starts a claim and hands over to an agent with "
                        + "the conversation.")
                .people(CCO, "Sophie Lambert, Head of Digital Channels")
                .steps("Customer gets in touch")
                .stages("Report a motor claim", "Report the damage", "Follow the open claim")
                .frictions("No service outside office hours", "Accident details asked again and again",
                        "Claim form asks for the policy number")
                .initiatives(COST_TO_SERVE, DIGITAL_CLAIMS)
                .data("Policy wordings library", "Claims history", "Policy administration data",
                        "Contact-centre transcripts")
                .dependsOn("Agent knowledge assistant");
        add("Storm surge call deflection", UseCaseStatus.APPROVED, AiPattern.OPTIMISATION,
                "When a storm is forecast, predicts the claim surge, switches on digital claim reporting with "
                        + "priority call-backs for urgent cases, and schedules agents accordingly.")
                .people(CCO_CLAIMS, SERVICE_OWNER)
                .steps("Customer gets in touch").stages("Report the damage")
                .frictions("Long waits on the claims line after storms")
                .initiatives(DIGITAL_CLAIMS, COST_TO_SERVE).data("Contact-centre transcripts", "Claims history");
    }

    private void claimsExperience() {
        add("Proactive claim status updates", UseCaseStatus.APPROVED, AiPattern.PREDICTION,
                "Predicts the next milestone and any delay of an open claim and sends the customer a short, "
                        + "plain-language update before they need to ask.")
                .people(CCO_CLAIMS, CLAIMS_OWNER)
                .stages("Report a motor claim", "Follow the open claim")
                .frictions("No visibility of claim status", "No proactive updates on open claims")
                .initiatives(DIGITAL_CLAIMS, RETENTION).data("Claims history", "CRM customer records");
        add("Photo-based home damage assessment", UseCaseStatus.QUALIFIED, AiPattern.PREDICTION,
                "Computer vision estimates the damage and repair cost from the customer's photos, so that only "
                        + "complex claims need an adjuster visit.")
                .people(CCO_CLAIMS, CLAIMS_OWNER)
                .stages("Assessment and repair")
                .frictions("Long wait for the loss adjuster", "Photos and quotes requested several times")
                .initiatives(DIGITAL_CLAIMS).data("Claim photos and documents", "Claims history");
        add("Fully automated home claim settlement", UseCaseStatus.REJECTED, AiPattern.PREDICTION,
                "Proposed: decide and pay small home claims (up to EUR 2,500) without any human review.")
                .people(CCO_CLAIMS, CLAIMS_OWNER)
                .stages("Assessment and repair").frictions("Long wait for the loss adjuster")
                .initiatives(DIGITAL_CLAIMS, COST_TO_SERVE)
                .data("Claim photos and documents", "Claims history", "Policy wordings library")
                .rejected("Rejected by the risk committee (January 2026): a refusal or partial payment decided "
                        + "without human involvement is an automated decision with legal effect under GDPR "
                        + "article 22, the photo data is not mature enough, and a wrong refusal carries a high "
                        + "conduct and reputation risk. Revisit as decision support once photo assessment is proven.");
        add("Claim file briefing for handlers", UseCaseStatus.QUALIFIED, AiPattern.GENERATION,
                "When a customer calls about an open claim, gives the handler a ten-line briefing: what happened, "
                        + "what was promised, what is pending.")
                .people(CCO_CLAIMS, CLAIMS_OWNER)
                .steps("Understand the need and find information").stages("Follow the open claim")
                .frictions("A different handler on every call")
                .initiatives(DIGITAL_CLAIMS, COST_TO_SERVE).data("Claims history", "Contact-centre transcripts")
                .dependsOn("After-call summaries for agents");
    }

    private void afterTheClaim() {
        add("Plain-language settlement letters", UseCaseStatus.APPROVED, AiPattern.GENERATION,
                "Drafts the settlement letter in plain language, explaining each deduction with the policy clause "
                        + "behind it; the handler approves before sending.")
                .people(CCO_CLAIMS, CLAIMS_OWNER)
                .stages("Settlement and next renewal").frictions("Settlement deductions not explained")
                .initiatives(RETENTION, DIGITAL_CLAIMS).data("Claims history", "Policy wordings library");
        add("Complaint early warning", UseCaseStatus.BUSINESS_CASE, AiPattern.CLASSIFICATION_ROUTING,
                "Reads complaints, emails and call transcripts to spot customers likely to escalate to the "
                        + "ombudsman, and routes them to a senior complaints handler within a day.")
                .people(CRO, "Aoife Ryan, Complaints Manager")
                .stages("Leaving after a claim").frictions("Complaints escalate to the ombudsman")
                .initiatives(REGULATORY, RETENTION).data("Complaints register", "Contact-centre transcripts");
    }
}

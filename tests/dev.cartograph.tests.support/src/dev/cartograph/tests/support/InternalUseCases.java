// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.tests.support.Enablers.BROKERS;
import static dev.cartograph.tests.support.Enablers.COST_TO_SERVE;
import static dev.cartograph.tests.support.Enablers.DIGITAL_CLAIMS;
import static dev.cartograph.tests.support.Enablers.REGULATORY;

import dev.cartograph.model.AiPattern;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;

/** The internal use cases: back-office automation, employee workflows and knowledge. */
@SuppressWarnings("nls")
final class InternalUseCases {

    private static final String CFO = "Martin Keane, CFO";
    private static final String CCO_CLAIMS = "Ingrid Bakker, Chief Claims Officer";
    private static final String CRO = "Claire Walsh, Chief Risk Officer";
    private static final String CUO = "Ruth Doyle, Chief Underwriting Officer";

    private final Portfolio portfolio;
    private final SampleIndex index;

    private InternalUseCases(Portfolio portfolio, SampleIndex index) {
        this.portfolio = portfolio;
        this.index = index;
    }

    static void addTo(Portfolio portfolio, SampleIndex index) {
        InternalUseCases cases = new InternalUseCases(portfolio, index);
        cases.finance();
        cases.claims();
        cases.compliance();
        cases.knowledge();
    }

    private UseCaseDraft add(String name, UseCaseStatus status, AiPattern pattern, String description) {
        return UseCaseDraft.add(portfolio, index, name, Scope.INTERNAL, status, pattern, description);
    }

    private void finance() {
        add("Invoice data extraction", UseCaseStatus.DEPLOYED, AiPattern.EXTRACTION,
                "Reads supplier and garage invoices (PDF, scans, e-invoices) and fills in header and line data; "
                        + "the clerk only checks low-confidence fields.")
                .people(CFO, "Rianne Visser, Head of Accounts Payable")
                .steps("Capture invoice data").frictions("Manual keying of invoice lines")
                .initiatives(COST_TO_SERVE).data("Supplier invoices archive");
        add("Garage invoice to claim matching", UseCaseStatus.PILOT, AiPattern.CLASSIFICATION_ROUTING,
                "Finds the claim and repair authorisation a garage invoice belongs to from the registration "
                        + "plate, dates, parts and amounts, and proposes the match to the clerk.")
                .people(CFO, "Rianne Visser, Head of Accounts Payable")
                .steps("Match to order or claim authorisation", "Resolve matching exception")
                .frictions("Garage invoices lack the claim reference", "Exceptions bounce between AP and Claims")
                .initiatives(COST_TO_SERVE, DIGITAL_CLAIMS).data("Supplier invoices archive", "Claims history")
                .dependsOn("Invoice data extraction");
        add("Duplicate and inflated invoice detection", UseCaseStatus.APPROVED, AiPattern.ANOMALY_DETECTION,
                "Flags likely duplicates and invoices priced far above the repair estimate or the market before "
                        + "approval.")
                .people(CFO, "Rianne Visser, Head of Accounts Payable")
                .steps("Approve invoice").frictions("Duplicate and inflated invoices slip through")
                .initiatives(COST_TO_SERVE).data("Supplier invoices archive", "Claims history");
        add("Broker commission reconciliation", UseCaseStatus.QUALIFIED, AiPattern.ANOMALY_DETECTION,
                "Reconciles a broker's statement against policy and premium data automatically and explains the "
                        + "differences it finds.")
                .people(CFO, "Koen Maes, Broker Finance Lead")
                .steps("Reconcile statement against policy data").frictions("Statements reconciled in spreadsheets")
                .initiatives(BROKERS).data("Broker commission ledger", "Policy administration data");
    }

    private void claims() {
        add("First notice of loss intake from emails and forms", UseCaseStatus.PILOT, AiPattern.EXTRACTION,
                "Extracts the claim details from emails, broker messages and web forms into the claims system "
                        + "and drafts the acknowledgement.")
                .people(CCO_CLAIMS, "Pieter de Vries, Claims Operations Director")
                .steps("Record first notice of loss", "Acknowledge the claim to the customer")
                .frictions("Claim details retyped from emails and forms", "Acknowledgement letters written by hand")
                .initiatives(COST_TO_SERVE, DIGITAL_CLAIMS).data("Claims history", "Policy administration data");
        add("Claims triage and routing model", UseCaseStatus.BUSINESS_CASE, AiPattern.CLASSIFICATION_ROUTING,
                "Predicts the complexity of a new claim and routes it to the fast track, a handler or an adjuster, "
                        + "with the reasons shown to the team leader.")
                .people(CCO_CLAIMS, "Pieter de Vries, Claims Operations Director")
                .steps("Triage and route the claim").frictions("Triage depends on handler experience")
                .initiatives(DIGITAL_CLAIMS).data("Claims history", "Policy administration data")
                .dependsOn("First notice of loss intake from emails and forms");
        add("Cover check assistant for claims handlers", UseCaseStatus.APPROVED, AiPattern.SEARCH_KNOWLEDGE,
                "Retrieves the wording in force for the policy and points the handler to the clauses that apply "
                        + "to the reported loss, with citations.")
                .people(CCO_CLAIMS, "Pieter de Vries, Claims Operations Director")
                .steps("Check cover and policy conditions").frictions("Cover checked by reading wording PDFs")
                .initiatives(COST_TO_SERVE).data("Policy wordings library", "Policy administration data");
        add("Fraud referral scoring", UseCaseStatus.QUALIFIED, AiPattern.PREDICTION,
                "Replaces the referral rules with a model trained on past referral outcomes, so that analysts see "
                        + "fewer and better referrals.")
                .people(CCO_CLAIMS, "Dara Kelly, Head of Counter-Fraud")
                .steps("Refer to the fraud team").frictions("Fraud referrals are mostly false alarms")
                .initiatives(COST_TO_SERVE).data("Claims history", "Counter-fraud case history");
        add("Social media screening of claimants", UseCaseStatus.REJECTED, AiPattern.ANOMALY_DETECTION,
                "Proposed: collect claimants' public social media posts and flag contradictions with their claim.")
                .people(CCO_CLAIMS, "Dara Kelly, Head of Counter-Fraud")
                .steps("Refer to the fraud team").frictions("Fraud referrals are mostly false alarms")
                .initiatives(COST_TO_SERVE).data("Public social media profiles", "Counter-fraud case history")
                .rejected("Rejected by the AI ethics board (December 2025): systematic collection of claimants' "
                        + "social media is disproportionate under the GDPR, the works council and the DPO objected, "
                        + "and the brand risk outweighs a fraud saving that 'Fraud referral scoring' can largely "
                        + "deliver with data we already hold.");
    }

    private void compliance() {
        add("Sanctions alert false-positive reduction", UseCaseStatus.PILOT, AiPattern.CLASSIFICATION_ROUTING,
                "Ranks screening alerts by the likelihood of a true match using date of birth, nationality and "
                        + "address, and pre-fills the discount rationale for clear false positives.")
                .people(CRO, "Marc Janssens, Head of Compliance")
                .steps("Review potential match").frictions("Most screening alerts are false positives")
                .initiatives(COST_TO_SERVE, REGULATORY).data("Sanctions and PEP lists", "CRM customer records");
        add("AML investigation note drafting", UseCaseStatus.QUALIFIED, AiPattern.GENERATION,
                "Drafts the decision rationale and audit note from the alert, the evidence checked and the "
                        + "analyst's decision, in the structure auditors expect.")
                .people(CRO, "Marc Janssens, Head of Compliance")
                .steps("Record decision and audit trail").frictions("Audit notes inconsistent")
                .initiatives(REGULATORY).data("Sanctions and PEP lists", "CRM customer records");
    }

    private void knowledge() {
        add("HR policy assistant", UseCaseStatus.DEPLOYED, AiPattern.CONVERSATIONAL_ASSISTANT,
                "An assistant in the intranet and Teams that answers HR questions from the current policies for "
                        + "the employee's country, with links, and hands over to HR when needed.")
                .people("Hanna Peeters, Chief People Officer", "Joost van Dam, HR Shared Services Manager")
                .steps("Search the intranet", "Research and answer")
                .frictions("Intranet search returns outdated policies", "The same questions answered again and again")
                .initiatives(COST_TO_SERVE).data("HR policies and handbook");
        add("Policy wording and clause finder", UseCaseStatus.BUSINESS_CASE, AiPattern.SEARCH_KNOWLEDGE,
                "Clause-level search across all wordings in force: given a policy, shows the applicable clause and "
                        + "earlier interpretations of it.")
                .people(CUO, "Femke Jansen, Product Wording Manager")
                .steps("Find the applicable wording version", "Interpret the clause and answer")
                .frictions("Fourteen wording versions in force")
                .initiatives(COST_TO_SERVE, BROKERS).data("Policy wordings library", "Policy administration data");
        add("Underwriting mailbox triage", UseCaseStatus.IDEA, AiPattern.CLASSIFICATION_ROUTING,
                "Classifies incoming underwriting questions by topic and urgency and routes them to the right "
                        + "underwriter.")
                .people(CUO, "Femke Jansen, Product Wording Manager")
                .steps("Receive the wording question").frictions("Questions wait in a shared mailbox")
                .initiatives(BROKERS).data("Underwriting mailbox archive");
    }
}

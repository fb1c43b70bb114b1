// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.tests.support.ModelParts.date;
import static dev.cartograph.tests.support.ModelParts.flow;
import static dev.cartograph.tests.support.ModelParts.friction;
import static dev.cartograph.tests.support.ModelParts.measured;
import static dev.cartograph.tests.support.ModelParts.said;
import static dev.cartograph.tests.support.ModelParts.step;
import static dev.cartograph.tests.support.ModelParts.workflow;

import java.util.List;

import dev.cartograph.model.EvidenceKind;
import dev.cartograph.model.Frequency;
import dev.cartograph.model.Friction;
import dev.cartograph.model.Period;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Severity;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowCategory;
import dev.cartograph.model.WorkflowStep;

/** The internal, high-volume repetitive workflows: invoices, claims intake, financial crime screening. */
@SuppressWarnings("nls")
final class BackOfficeWorkflows {

    private BackOfficeWorkflows() {
    }

    static List<Workflow> build() {
        return List.of(invoices(), claimsIntake(), screening());
    }

    private static Workflow invoices() {
        Workflow workflow = workflow("Supplier and garage invoice processing", Scope.INTERNAL,
                WorkflowCategory.HIGH_VOLUME_REPETITIVE, "Finance - Accounts Payable", 15_000, Period.MONTH,
                "Invoices from garages, contractors, loss adjusters and general suppliers, from receipt to "
                        + "payment: about 180,000 a year, 70% of them claims-related, about 6 minutes of handling "
                        + "each.");
        WorkflowStep receive = step(workflow, "Receive invoice", "AP clerk", 0.5, 15_000, 0.02,
                "Invoices arrive by email (62%), the supplier portal (23%) and post (15%).");
        WorkflowStep capture = step(workflow, "Capture invoice data", "AP clerk", 4, 15_000, 0.08,
                "Supplier, amounts, VAT and invoice lines keyed into the finance system.");
        Friction keying = friction(capture, "Manual keying of invoice lines", Severity.HIGH, Frequency.CONSTANT,
                "Every invoice line is typed from a PDF or a scanned paper invoice.");
        measured(keying, EvidenceKind.PROCESS_MINING, "Process mining, accounts payable 2024",
                "4.1 minutes of keying per invoice; 8% keyed with an error", "finance/ap-mining-2024",
                date(2025, 6, 17));
        said(keying, EvidenceKind.OBSERVATION, "Desk observation, AP team Utrecht",
                "\"Garage invoices are the worst: twenty lines of parts, all typed by hand.\"",
                "finance/ap-observation", date(2025, 6, 19));

        WorkflowStep match = step(workflow, "Match to order or claim authorisation", "AP clerk", 1, 15_000, 0.12,
                "Three-way match with the purchase order, or with the repair authorisation in the claims system.");
        Friction noReference = friction(match, "Garage invoices lack the claim reference", Severity.HIGH,
                Frequency.FREQUENT, "Garages quote their own job number, not the claim number, so matching fails.");
        measured(noReference, EvidenceKind.PROCESS_MINING, "Process mining, accounts payable 2024",
                "12% of invoices fail matching, two thirds of them garage invoices", "finance/ap-mining-2024",
                date(2025, 6, 17));

        WorkflowStep exception = step(workflow, "Resolve matching exception", "AP clerk with claims handler", 15,
                1_800, 0.05, "The clerk asks the claims handler which claim and authorisation the invoice belongs to.");
        Friction bouncing = friction(exception, "Exceptions bounce between AP and Claims", Severity.MEDIUM,
                Frequency.FREQUENT, "Exceptions go back and forth by email for days; suppliers chase payment.");
        measured(bouncing, EvidenceKind.PROCESS_MINING, "Process mining, accounts payable 2024",
                "median 6 days and 3.4 emails to resolve an exception", "finance/ap-mining-2024", date(2025, 6, 17));
        said(bouncing, EvidenceKind.INTERVIEW, "Accounts payable team workshop",
                "\"Half my day is chasing claims handlers for an authorisation number.\"", "finance/ap-workshop",
                date(2025, 6, 24));

        WorkflowStep approve = step(workflow, "Approve invoice", "Budget holder", 0.5, 15_000, 0.01,
                "Approval in the workflow tool according to the delegation of authority.");
        Friction leakage = friction(approve, "Duplicate and inflated invoices slip through", Severity.HIGH,
                Frequency.OCCASIONAL, "Approvers cannot see that an invoice was already paid or is priced far "
                        + "above the repair estimate.");
        measured(leakage, EvidenceKind.DOCUMENT, "Internal audit report AP-2024-03",
                "EUR 1.1 million of duplicate or overcharged invoices recovered after payment in 2024 (310 cases)",
                "audit/ap-2024-03", date(2025, 5, 28));

        WorkflowStep pay = step(workflow, "Pay and archive", "Treasury payment run", 0.1, 15_000, 0.005,
                "Payment run twice a week; invoice archived with its approval trail.");
        flow(receive, capture);
        flow(capture, match);
        flow(match, exception, approve);
        flow(exception, approve);
        flow(approve, pay);
        return workflow;
    }

    private static Workflow claimsIntake() {
        Workflow workflow = workflow("Claims intake and triage", Scope.INTERNAL,
                WorkflowCategory.HIGH_VOLUME_REPETITIVE, "Claims Operations", 9_500, Period.MONTH,
                "Motor and home claims from first notice of loss to assignment: about 114,000 claims a year in "
                        + "three countries.");
        WorkflowStep record = step(workflow, "Record first notice of loss", "Claims intake handler", 12, 9_500, 0.06,
                "The claim is opened in the claims system from a call, an email, the web form or the app.");
        Friction retyping = friction(record, "Claim details retyped from emails and forms", Severity.HIGH,
                Frequency.CONSTANT, "Details already given by the customer or the broker are typed again.");
        measured(retyping, EvidenceKind.PROCESS_MINING, "Process mining, claims intake 2024",
                "12 minutes per claim; 58% of claims arrive as email or web form and are retyped",
                "claims/intake-mining-2024", date(2025, 6, 27));

        WorkflowStep cover = step(workflow, "Check cover and policy conditions", "Claims intake handler", 8, 9_500,
                0.09, "The handler checks that the policy was in force and the loss is covered.");
        Friction pdfs = friction(cover, "Cover checked by reading wording PDFs", Severity.HIGH, Frequency.FREQUENT,
                "The applicable wording depends on country, product version and year of sale.");
        said(pdfs, EvidenceKind.INTERVIEW, "Claims handler interviews (9)",
                "\"For a home claim I have three wordings open and I still ask a colleague.\"",
                "claims/handler-interviews", date(2025, 7, 15));
        measured(pdfs, EvidenceKind.ANALYTICS, "Claims quality review, Q1 2025",
                "3.5% of cover decisions overturned on review", "claims/quality-review-q1-2025", date(2025, 5, 6));

        WorkflowStep triage = step(workflow, "Triage and route the claim", "Senior claims handler", 5, 9_500, 0.15,
                "Decide fast track, handler or adjuster, or referral to the fraud team.");
        Friction experience = friction(triage, "Triage depends on handler experience", Severity.HIGH,
                Frequency.FREQUENT, "Routing rules are informal; new handlers route conservatively.");
        measured(experience, EvidenceKind.PROCESS_MINING, "Process mining, claims intake 2024",
                "15% of claims re-routed after triage, adding 4 days on average", "claims/intake-mining-2024",
                date(2025, 6, 27));

        WorkflowStep fastTrack = step(workflow, "Settle on the fast track", "Claims handler", 6, 4_000, 0.04,
                "Simple claims (glass, small water damage) settled on the spot.");
        WorkflowStep assign = step(workflow, "Assign handler or loss adjuster", "Claims team leader", 4, 5_100, 0.05,
                "Complex claims assigned to a handler and, when needed, a loss adjuster.");
        WorkflowStep fraud = step(workflow, "Refer to the fraud team", "Counter-fraud analyst", 20, 400, 0.1,
                "Claims hitting a fraud rule are reviewed before handling continues.");
        Friction falseAlarms = friction(fraud, "Fraud referrals are mostly false alarms", Severity.MEDIUM,
                Frequency.FREQUENT, "Rule-based referrals delay honest customers and swamp the analysts.");
        measured(falseAlarms, EvidenceKind.ANALYTICS, "Counter-fraud management information, 2024",
                "80% of rule-based referrals closed with no fraud found", "claims/counter-fraud-mi-2024",
                date(2025, 6, 3));

        WorkflowStep acknowledge = step(workflow, "Acknowledge the claim to the customer", "Claims intake handler",
                3, 9_500, 0.03, "Acknowledgement with the claim number, next steps and the handler's name.");
        Friction letters = friction(acknowledge, "Acknowledgement letters written by hand", Severity.LOW,
                Frequency.CONSTANT, "Handlers pick one of 40 templates and edit it by hand.");
        measured(letters, EvidenceKind.OBSERVATION, "Desk observation, claims intake Ghent",
                "3 minutes per letter, 40 templates", "claims/intake-observation", date(2025, 7, 9));

        flow(record, cover);
        flow(cover, triage);
        flow(triage, fastTrack, assign, fraud);
        flow(fraud, assign);
        flow(fastTrack, acknowledge);
        flow(assign, acknowledge);
        return workflow;
    }

    private static Workflow screening() {
        Workflow workflow = workflow("KYC, AML and sanctions screening", Scope.INTERNAL,
                WorkflowCategory.HIGH_VOLUME_REPETITIVE, "Compliance - Financial Crime", 22_000, Period.MONTH,
                "Screening of new customers, beneficiaries and claim payees against sanctions and PEP lists, "
                        + "as the AML directives and national sanctions law require.");
        WorkflowStep screen = step(workflow, "Screen names against sanctions and PEP lists", "Screening engine", 0,
                22_000, 0, "Automatic name screening of every new party and every claim payee.");
        WorkflowStep review = step(workflow, "Review potential match", "Financial crime analyst", 7, 2_600, 0.04,
                "The analyst compares the party with the list entry (date of birth, nationality, address).");
        Friction falsePositives = friction(review, "Most screening alerts are false positives", Severity.HIGH,
                Frequency.CONSTANT, "Fuzzy name matching raises alerts on common names.");
        measured(falsePositives, EvidenceKind.ANALYTICS, "Screening alert statistics, 2024",
                "94% of 31,000 alerts closed as false positives", "compliance/screening-alerts-2024",
                date(2025, 6, 10));
        said(falsePositives, EvidenceKind.INTERVIEW, "Financial crime team interview",
                "\"Every Jan de Vries in the country is an alert.\"", "compliance/fc-interview",
                date(2025, 6, 12));

        WorkflowStep close = step(workflow, "Close as false positive", "Financial crime analyst", 2, 2_450, 0.02,
                "The alert is discounted with a reason.");
        WorkflowStep escalate = step(workflow, "Escalate to the MLRO", "Money laundering reporting officer", 45, 40,
                0.05, "Possible true matches are investigated and, where needed, reported to the FIU.");
        WorkflowStep audit = step(workflow, "Record decision and audit trail", "Financial crime analyst", 3, 2_600,
                0.1, "The decision and its rationale are recorded for the regulator.");
        Friction notes = friction(audit, "Audit notes inconsistent", Severity.MEDIUM, Frequency.FREQUENT,
                "Rationales are free text of varying quality; reviews find gaps.");
        said(notes, EvidenceKind.DOCUMENT, "Internal audit report FC-2024-07",
                "\"The rationale for discounting alerts was not consistently documented.\"", "audit/fc-2024-07",
                date(2025, 5, 28));

        flow(screen, review);
        flow(review, close, escalate);
        flow(close, audit);
        flow(escalate, audit);
        return workflow;
    }
}

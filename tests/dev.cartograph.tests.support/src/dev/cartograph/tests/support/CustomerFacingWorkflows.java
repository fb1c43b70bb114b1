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

/** The external workflows that touch the customer: the contact centre and renewals. */
@SuppressWarnings("nls")
final class CustomerFacingWorkflows {

    private CustomerFacingWorkflows() {
    }

    static List<Workflow> build() {
        return List.of(contactCentre(), renewals());
    }

    private static Workflow contactCentre() {
        Workflow workflow = workflow("Customer contact centre", Scope.EXTERNAL, WorkflowCategory.CUSTOMER_FACING,
                "Customer Service", 52_000, Period.MONTH,
                "Phone, chat and email contacts about policies and claims, handled by 310 agents on three sites "
                        + "in Dutch, French and English.");
        WorkflowStep contact = step(workflow, "Customer gets in touch", "Customer", 1.5, 52_000, 0.02,
                "The customer calls, chats or writes; the IVR or the mailbox routes the contact.");
        Friction hours = friction(contact, "No service outside office hours", Severity.MEDIUM, Frequency.FREQUENT,
                "Phone and chat are staffed on weekdays from 8:00 to 20:00 only.");
        measured(hours, EvidenceKind.ANALYTICS, "Web analytics, contact pages, 2025",
                "31% of contact-page visits happen outside opening hours", "service/contact-page-analytics",
                date(2025, 8, 6));

        WorkflowStep verify = step(workflow, "Identify and verify the customer", "Contact-centre agent", 2.5, 52_000,
                0.03, "Security questions and lookup of the customer's policies.");
        WorkflowStep understand = step(workflow, "Understand the need and find information", "Contact-centre agent",
                6, 52_000, 0.08, "The agent works out what the customer needs and gathers the information.");
        Friction fiveSystems = friction(understand, "Agents search five systems", Severity.HIGH, Frequency.CONSTANT,
                "Policy, claims, billing, documents and the knowledge base are separate applications.");
        measured(fiveSystems, EvidenceKind.OBSERVATION, "Call listening and screen recording (60 contacts)",
                "5 systems and 6 minutes on average to answer a claim status question",
                "service/screen-recording-2025", date(2025, 7, 30));
        said(fiveSystems, EvidenceKind.INTERVIEW, "Agent focus group, Cork",
                "\"I keep the customer on hold while I click through five screens.\"", "service/agent-focus-group",
                date(2025, 8, 1));

        WorkflowStep resolve = step(workflow, "Resolve at first contact", "Contact-centre agent", 3, 40_000, 0.05,
                "The agent answers or completes the request during the contact.");
        WorkflowStep transfer = step(workflow, "Transfer or call back", "Contact-centre agent", 9, 12_000, 0.1,
                "The contact goes to a specialist queue or a call-back is promised.");
        Friction transfers = friction(transfer, "Too many transfers", Severity.HIGH, Frequency.FREQUENT,
                "Agents transfer when they cannot find the answer; the customer waits again.");
        measured(transfers, EvidenceKind.ANALYTICS, "Routing statistics, 2024",
                "23% of contacts transferred at least once", "service/routing-stats-2024", date(2025, 8, 4));

        WorkflowStep wrapUp = step(workflow, "Wrap up and write notes", "Contact-centre agent", 2, 52_000, 0.39,
                "The agent writes the contact summary and sets the contact reason.");
        Friction notes = friction(wrapUp, "After-call notes slow and incomplete", Severity.MEDIUM, Frequency.CONSTANT,
                "Notes are typed after every contact; the next agent often cannot tell what was promised.");
        measured(notes, EvidenceKind.DOCUMENT, "Quality assurance sample review, Q2 2025",
                "39% of notes incomplete; 2 minutes of wrap-up per contact", "service/qa-review-q2-2025",
                date(2025, 7, 18));

        flow(contact, verify);
        flow(verify, understand);
        flow(understand, resolve, transfer);
        flow(resolve, wrapUp);
        flow(transfer, wrapUp);
        return workflow;
    }

    private static Workflow renewals() {
        Workflow workflow = workflow("Renewal pricing and retention", Scope.EXTERNAL, WorkflowCategory.CUSTOMER_FACING,
                "Pricing and Customer Marketing", 108_000, Period.MONTH,
                "About 108,000 motor and home policies come up for renewal every month.");
        WorkflowStep price = step(workflow, "Price the renewal", "Pricing engine", 0, 108_000, 0.01,
                "The renewal premium is computed from the risk model and the market position.");
        WorkflowStep review = step(workflow, "Review large increases", "Pricing analyst", 3, 5_000, 0.06,
                "Increases above 15% are reviewed by hand before the notice goes out.");
        Friction noContext = friction(review, "Large increases reviewed without customer context", Severity.MEDIUM,
                Frequency.FREQUENT, "Analysts see the price change but not tenure, claims or likelihood to leave.");
        measured(noContext, EvidenceKind.ANALYTICS, "Pricing operations statistics, 2025",
                "5,000 renewals a month above +15% reviewed by hand, 3 minutes each", "pricing/review-stats-2025",
                date(2025, 8, 14));
        said(noContext, EvidenceKind.INTERVIEW, "Pricing team interview",
                "\"I approve or cap an increase without knowing if this customer is about to walk.\"",
                "pricing/interview", date(2025, 8, 14));

        WorkflowStep send = step(workflow, "Send the renewal notice", "Customer marketing batch", 0.1, 108_000, 0.01,
                "Notices are generated from templates and sent by email or post 30 days ahead.");
        WorkflowStep query = step(workflow, "Handle a renewal query", "Contact-centre agent", 9, 11_900, 0.07,
                "The customer calls about the new premium or to cancel.");
        Friction cannotExplain = friction(query, "Agents cannot explain the new price", Severity.HIGH,
                Frequency.FREQUENT, "The pricing factors behind an increase are not visible to agents.");
        measured(cannotExplain, EvidenceKind.ANALYTICS, "Renewal line statistics, 2024",
                "110 renewal calls per 1,000 notices, 9 minutes each", "service/renewal-line-2024",
                date(2025, 8, 4));
        said(cannotExplain, EvidenceKind.OBSERVATION, "Call listening, renewal line (25 calls)",
                "\"I can see it went up, I just can't see why. Shall I put you through to retention?\"",
                "service/renewal-call-listening", date(2025, 8, 7));

        WorkflowStep discount = step(workflow, "Offer a retention discount", "Retention agent", 6, 2_200, 0.05,
                "Within limits, the agent can offer a discount to keep the customer.");
        WorkflowStep cancel = step(workflow, "Process the cancellation", "Retention agent", 7, 1_900, 0.04,
                "The policy is cancelled at renewal and a reason code recorded.");
        WorkflowStep confirm = step(workflow, "Confirm the renewal terms", "Policy administration batch", 0.5,
                106_100, 0.01, "The renewal is confirmed and the new schedule issued.");
        flow(price, review, send);
        flow(review, send);
        flow(send, query, confirm);
        flow(query, discount, cancel, confirm);
        flow(discount, confirm);
        return workflow;
    }
}

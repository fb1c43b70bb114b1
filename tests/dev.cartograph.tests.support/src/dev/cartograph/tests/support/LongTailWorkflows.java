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

/** The internal long tail: small, frequent questions that together drain expert time. */
@SuppressWarnings("nls")
final class LongTailWorkflows {

    private LongTailWorkflows() {
    }

    static List<Workflow> build() {
        return List.of(hrQuestions(), clauseLookups(), commissionQueries());
    }

    private static Workflow hrQuestions() {
        Workflow workflow = workflow("Employee HR and policy questions", Scope.INTERNAL, WorkflowCategory.LONG_TAIL,
                "People and Culture - HR Shared Services", 3_200, Period.MONTH,
                "Questions from 2,400 employees about leave, pay, expenses, hybrid work and internal policies.");
        WorkflowStep search = step(workflow, "Search the intranet", "Employee", 8, 3_200, 0.35,
                "The employee looks for the answer on the intranet first.");
        Friction outdated = friction(search, "Intranet search returns outdated policies", Severity.MEDIUM,
                Frequency.FREQUENT, "Old and new versions of policies sit side by side; country differences "
                        + "are unclear.");
        measured(outdated, EvidenceKind.SURVEY, "Employee pulse survey, May 2025, n=1,420",
                "57% could not find a policy answer on the intranet", "hr/pulse-survey-2025-05", date(2025, 5, 26));
        measured(outdated, EvidenceKind.ANALYTICS, "Intranet search logs, 2025",
                "three versions of the expenses policy returned by the most frequent query", "hr/search-logs-2025",
                date(2025, 6, 2));

        WorkflowStep ticket = step(workflow, "Raise an HR ticket", "Employee", 4, 2_200, 0.05,
                "The question goes to the HR service desk.");
        WorkflowStep answer = step(workflow, "Research and answer", "HR advisor", 12, 2_200, 0.06,
                "The advisor finds the policy for the employee's country and contract, and answers.");
        Friction repetitive = friction(answer, "The same questions answered again and again", Severity.MEDIUM,
                Frequency.CONSTANT, "A few dozen questions make up most of the workload.");
        measured(repetitive, EvidenceKind.SUPPORT_TICKETS, "HR service desk tickets, 2024",
                "40 question types make up 70% of 26,400 tickets", "hr/tickets-2024", date(2025, 6, 2));

        WorkflowStep escalate = step(workflow, "Escalate to an HR business partner", "HR business partner", 30, 150,
                0.05, "Sensitive or unusual cases (illness, disputes) go to a business partner.");
        WorkflowStep close = step(workflow, "Close the ticket", "HR advisor", 1, 2_200, 0,
                "The ticket is closed and the employee rates the answer.");
        flow(search, ticket);
        flow(ticket, answer);
        flow(answer, close, escalate);
        flow(escalate, close);
        return workflow;
    }

    private static Workflow clauseLookups() {
        Workflow workflow = workflow("Policy wording and clause lookups", Scope.INTERNAL, WorkflowCategory.LONG_TAIL,
                "Underwriting and Product", 1_400, Period.MONTH,
                "Questions from brokers, claims handlers and the contact centre on what a clause means for a "
                        + "given policy.");
        WorkflowStep receive = step(workflow, "Receive the wording question", "Underwriting assistant", 3, 1_400,
                0.05, "Questions arrive in a shared underwriting mailbox.");
        Friction mailbox = friction(receive, "Questions wait in a shared mailbox", Severity.LOW, Frequency.FREQUENT,
                "Nobody triages the mailbox; urgent broker questions wait behind routine ones.");
        measured(mailbox, EvidenceKind.ANALYTICS, "Shared mailbox statistics, 2025",
                "median 2.5 days before a question is picked up", "underwriting/mailbox-stats", date(2025, 7, 7));

        WorkflowStep find = step(workflow, "Find the applicable wording version", "Underwriter", 15, 1_400, 0.07,
                "Find the wording in force for this product, country and year of sale.");
        Friction versions = friction(find, "Fourteen wording versions in force", Severity.HIGH, Frequency.FREQUENT,
                "Clauses differ by country and year of sale; the document system has no clause-level search.");
        measured(versions, EvidenceKind.DOCUMENT, "Product catalogue, 2025",
                "14 motor and home wording versions in force", "underwriting/product-catalogue-2025",
                date(2025, 7, 7));
        said(versions, EvidenceKind.INTERVIEW, "Underwriter interviews (5)",
                "\"Finding the right version takes longer than answering the question.\"",
                "underwriting/interviews", date(2025, 7, 11));

        WorkflowStep interpret = step(workflow, "Interpret the clause and answer", "Underwriter", 10, 1_400, 0.05,
                "The underwriter reads the clause and writes the answer.");
        WorkflowStep log = step(workflow, "Log the interpretation", "Underwriter", 2, 1_400, 0.2,
                "Interpretations are logged so that the same question gets the same answer.");
        flow(receive, find);
        flow(find, interpret);
        flow(interpret, log);
        return workflow;
    }

    private static Workflow commissionQueries() {
        Workflow workflow = workflow("Broker commission queries", Scope.INTERNAL, WorkflowCategory.LONG_TAIL,
                "Broker Distribution - Finance", 650, Period.MONTH,
                "Queries from 380 brokers in the Netherlands and Belgium about their monthly commission statements.");
        WorkflowStep receive = step(workflow, "Receive commission query", "Commission analyst", 3, 650, 0.02,
                "Queries arrive by email with the statement attached.");
        WorkflowStep reconcile = step(workflow, "Reconcile statement against policy data", "Commission analyst", 25,
                650, 0.1, "The analyst compares the statement with policy, premium and cancellation data.");
        Friction spreadsheets = friction(reconcile, "Statements reconciled in spreadsheets", Severity.MEDIUM,
                Frequency.FREQUENT, "Data is copied from three systems into spreadsheets for each query.");
        measured(spreadsheets, EvidenceKind.OBSERVATION, "Desk observation, broker finance",
                "25 minutes per query across three systems", "broker/finance-observation", date(2025, 7, 22));
        said(spreadsheets, EvidenceKind.INTERVIEW, "Broker advisory panel, July 2025",
                "\"A commission query takes three weeks; other insurers answer in two days.\"", "broker/advisory-panel",
                date(2025, 7, 3));

        WorkflowStep correct = step(workflow, "Correct the commission", "Commission analyst", 10, 90, 0.05,
                "Where the statement is wrong, a correction is booked.");
        WorkflowStep reply = step(workflow, "Reply to the broker", "Commission analyst", 8, 650, 0.03,
                "The broker receives an explanation and, where due, the correction.");
        flow(receive, reconcile);
        flow(reconcile, correct, reply);
        flow(correct, reply);
        return workflow;
    }
}

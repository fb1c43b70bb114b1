// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.tests.support.Enablers.BROKERS;
import static dev.cartograph.tests.support.Enablers.RETENTION;

import dev.cartograph.model.AiPattern;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;

/** External use cases along the customer relationship: acquisition, renewal, cancellation and win-back. */
@SuppressWarnings("nls")
final class CustomerUseCases {

    private static final String CCO = "Laurent Dubois, Chief Customer Officer";
    private static final String PRICING_OWNER = "Bram Willems, Head of Pricing";
    private static final String MARKETING_OWNER = "Ellen Hendriks, Customer Marketing Manager";
    private static final String DIGITAL_OWNER = "Sophie Lambert, Head of Digital Channels";

    private final Portfolio portfolio;
    private final SampleIndex index;

    private CustomerUseCases(Portfolio portfolio, SampleIndex index) {
        this.portfolio = portfolio;
        this.index = index;
    }

    static void addTo(Portfolio portfolio, SampleIndex index) {
        CustomerUseCases cases = new CustomerUseCases(portfolio, index);
        cases.acquisition();
        cases.renewal();
        cases.leaving();
    }

    private UseCaseDraft add(String name, UseCaseStatus status, AiPattern pattern, String description) {
        return UseCaseDraft.add(portfolio, index, name, Scope.EXTERNAL, status, pattern, description);
    }

    private void acquisition() {
        add("Quote pre-fill from registries", UseCaseStatus.APPROVED, AiPattern.EXTRACTION,
                "From the registration plate and the customer's consent, pre-fills the vehicle details and the "
                        + "no-claims history, leaving the customer a dozen questions to confirm.")
                .people(CCO, DIGITAL_OWNER)
                .stages("Compare and quote", "Buy and set up the policy")
                .frictions("Quote form too long", "No-claims proof chased by post")
                .initiatives(RETENTION).data("Vehicle and no-claims registers", "Web and app analytics");
        add("Cover recommendations at quote", UseCaseStatus.IDEA, AiPattern.RECOMMENDATION,
                "Recommends add-ons and excess levels from the customer's situation and explains what each "
                        + "changes when they claim.")
                .people(CCO, MARKETING_OWNER)
                .stages("Compare and quote").frictions("Cover differences invisible when comparing")
                .initiatives(RETENTION)
                .data("Web and app analytics", "Policy administration data", "Claims history");
        add("Am I covered? policy explainer", UseCaseStatus.BUSINESS_CASE, AiPattern.CONVERSATIONAL_ASSISTANT,
                "Customers and brokers ask in their own words whether a situation is covered; the assistant "
                        + "answers from the customer's own wording, cites the clause and says when a person must "
                        + "decide.")
                .people(CCO, DIGITAL_OWNER)
                .stages("Check cover before a loss").frictions("Policy wording hard to understand")
                .initiatives(RETENTION, BROKERS).data("Policy wordings library", "Policy administration data")
                .dependsOn("Policy wording and clause finder");
    }

    private void renewal() {
        add("Renewal price explanation", UseCaseStatus.APPROVED, AiPattern.GENERATION,
                "Turns the pricing factors behind each renewal into two or three plain sentences in the notice, "
                        + "and gives agents the same explanation on screen.")
                .people(CCO, PRICING_OWNER)
                .steps("Send the renewal notice", "Handle a renewal query").stages("Renewal")
                .frictions("Renewal increase not explained", "Agents cannot explain the new price")
                .initiatives(RETENTION).data("Pricing model outputs", "Policy administration data");
        add("Churn prediction and retention offers", UseCaseStatus.BUSINESS_CASE, AiPattern.PREDICTION,
                "Scores every renewal for the risk of leaving and suggests the best retention action (call, "
                        + "offer, cover change) within the pricing rules, before the notice goes out.")
                .people(CCO, PRICING_OWNER)
                .steps("Review large increases").stages("Renewal")
                .frictions("Loyalty not recognised", "Large increases reviewed without customer context")
                .initiatives(RETENTION)
                .data("Policy administration data", "CRM customer records", "Claims history",
                        "Cancellation reasons and exit surveys", "Pricing model outputs");
    }

    private void leaving() {
        add("Cancellation reason analysis", UseCaseStatus.QUALIFIED, AiPattern.CLASSIFICATION_ROUTING,
                "Classifies the real reasons for leaving from cancellation calls, emails and exit surveys, and "
                        + "reports them monthly by product and segment.")
                .people(CCO, MARKETING_OWNER)
                .stages("Cancellation and after").frictions("Reasons for leaving not captured")
                .initiatives(RETENTION).data("Cancellation reasons and exit surveys", "Contact-centre transcripts");
        add("Win-back of lapsed customers", UseCaseStatus.IDEA, AiPattern.RECOMMENDATION,
                "Selects former customers worth winning back (left on price, no claims) and the moment and offer "
                        + "most likely to bring them back, within the consent they gave.")
                .people(CCO, MARKETING_OWNER)
                .stages("Cancellation and after").frictions("No win-back contact")
                .initiatives(RETENTION).data("CRM customer records", "Cancellation reasons and exit surveys")
                .dependsOn("Cancellation reason analysis", "Churn prediction and retention offers");
        add("Digital cancellation assistant", UseCaseStatus.IDEA, AiPattern.CONVERSATIONAL_ASSISTANT,
                "Lets customers cancel in the app or on the web in a short conversation that records their reason "
                        + "in their own words and mentions relevant alternatives once, without pressure.")
                .people(CCO, DIGITAL_OWNER)
                .stages("Cancellation and after").frictions("Cancellation only by phone")
                .initiatives(RETENTION).data("Policy administration data", "Cancellation reasons and exit surveys");
    }
}

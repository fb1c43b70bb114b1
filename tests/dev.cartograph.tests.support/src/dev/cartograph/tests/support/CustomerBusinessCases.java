// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

/** Business cases of the acquisition and retention use cases. */
@SuppressWarnings("nls")
final class CustomerBusinessCases {

    private static final String PERCENT = "%";

    private final SampleIndex index;

    private CustomerBusinessCases(SampleIndex index) {
        this.index = index;
    }

    static void addTo(SampleIndex index) {
        CustomerBusinessCases cases = new CustomerBusinessCases(index);
        cases.priceExplanation();
        cases.churnPrediction();
        cases.quotePreFill();
        cases.policyExplainer();
    }

    private BusinessCaseDraft caseFor(String useCase) {
        return BusinessCaseDraft.of(index.useCase(useCase));
    }

    private void priceExplanation() {
        caseFor("Renewal price explanation")
                .problem("34% of motor lapses follow a renewal increase above 10%; only 22% of customers understand "
                        + "why their premium changed, and renewal calls run at 110 per 1,000 notices.")
                .solution("Each renewal notice explains the main reasons for the change in two or three plain "
                        + "sentences generated from the pricing factors; agents see the same explanation.")
                .benefits("Motor churn from 14% to 12.5% (about 9,300 policies and EUR 5 million of premium kept a "
                        + "year) and a third fewer renewal calls.")
                .costs(300_000, 90_000).revenueGained(5_000_000).costAvoided(350_000).timeToValue(9)
                .data("Pricing model outputs (factor contributions), policy administration data.")
                .risks("Explanations that reveal pricing logic or read as excuses: tested with customer panels "
                        + "before launch.")
                .compliance("Information must be accurate and not misleading (IDD, consumer law); fairness review of "
                        + "the factors shown.")
                .dependencies("Renewal template redesign by Customer Marketing.")
                .kpi("Motor renewal churn", PERCENT, 14, 12.5, 18)
                .kpi("Renewal calls per 1,000 notices", "calls", 110, 75, 12);
    }

    private void churnPrediction() {
        caseFor("Churn prediction and retention offers")
                .problem("Retention is 86%; customers with five or more years of tenure make up 41% of lapses and "
                        + "are never contacted; large increases are reviewed without knowing who is about to leave.")
                .solution("A churn model scores each renewal 45 days ahead and proposes the best action (call, offer, "
                        + "cover change) within the pricing rules; analysts and agents decide.")
                .benefits("Retention of at-risk customers from 58% to 68%, and overall retention towards 88%.")
                .costs(650_000, 200_000).revenueGained(4_500_000).timeToValue(12)
                .data("Policy administration data, CRM customer records, claims history, cancellation reasons and "
                        + "exit surveys, pricing model outputs.")
                .risks("Offers to customers who would have stayed anyway (Finance scores the potential lower); an "
                        + "A/B test measures the net effect.")
                .compliance("No price walking: offers must not penalise loyal customers predicted to stay; fairness "
                        + "review by Compliance.")
                .dependencies("Renewal price explanation; cancellation reason analysis improves the explanations.")
                .kpi("Retention of customers flagged at risk", PERCENT, 58, 68, 18)
                .kpi("Overall retention rate", PERCENT, 86, 88, 24);
    }

    private void quotePreFill() {
        caseFor("Quote pre-fill from registries")
                .problem("61% of direct motor quotes are abandoned before the price page; the form asks 38 questions "
                        + "and no-claims proof takes a median of 19 days.")
                .solution("With the customer's consent, pre-fill vehicle details from the registration plate and "
                        + "the no-claims history from the industry registers.")
                .benefits("Quote completion from 39% to 52%, no-claims confirmed at purchase, about EUR 2.1 million "
                        + "of new premium a year.")
                .costs(280_000, 120_000).revenueGained(2_100_000).costAvoided(90_000).timeToValue(6)
                .data("Vehicle and no-claims registers (contracts to sign), web and app analytics.")
                .risks("Register contracts in Belgium take longer than in the Netherlands.")
                .compliance("Explicit consent in the form, processing agreements with the registers, data used for "
                        + "the quote only.")
                .dependencies("Register contracts (Procurement, Q2 2026).")
                .kpi("Direct quote completion rate", PERCENT, 39, 52, 12)
                .kpi("Questions the customer answers", "questions", 38, 12, 12);
    }

    private void policyExplainer() {
        caseFor("Am I covered? policy explainer")
                .problem("Customers cannot tell what their 46-page wording covers; 4,100 'am I covered?' contacts a "
                        + "month reach the contact centre and brokers.")
                .solution("A grounded assistant answers coverage questions from the customer's own wording, cites "
                        + "the clause and hands over to a person when unclear.")
                .benefits("Coverage contacts down by 40%, customers informed before a loss, brokers using the same "
                        + "tool.")
                .costs(320_000, 110_000).costAvoided(240_000).timeToValue(12)
                .data("Policy wordings library, policy administration data.")
                .risks("An answer taken as a commitment: citations, a clear 'guidance only' notice, and escalation.")
                .compliance("Information, not advice; AI Act transparency; reviewed by Legal before launch.")
                .dependencies("Policy wording and clause finder (clause-level index).")
                .kpi("'Am I covered?' contacts per month", "contacts", 4_100, 2_500, 18);
    }
}

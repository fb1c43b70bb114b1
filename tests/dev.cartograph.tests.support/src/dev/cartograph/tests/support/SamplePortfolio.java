// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.tests.support.ModelParts.FACTORY;

import dev.cartograph.model.Portfolio;

/**
 * The sample portfolio bundled with Cartograph: the AI use case discovery programme of Kestrel Mutual, a
 * fictional home and motor insurer with about 2,400 employees in the Netherlands, Belgium and Ireland.
 * <p>
 * It holds two customer journeys (a motor policyholder and a home claimant, each through all six stages
 * including what happens after the customer leaves), eight workflows (internal high-volume, internal long tail
 * and customer-facing), 32 use cases anchored on them and scored on the eight default criteria, business cases
 * with KPIs, the programme's scoring configuration and a three-wave roadmap. The content is fixed: every call
 * builds a new, structurally identical portfolio (no random values, no current date).
 */
@SuppressWarnings("nls")
public final class SamplePortfolio {

    private SamplePortfolio() {
    }

    /**
     * Builds the sample portfolio, not attached to any resource.
     *
     * @return a new portfolio; each call returns a new, structurally identical instance
     */
    public static Portfolio build() {
        Portfolio portfolio = FACTORY.createPortfolio();
        portfolio.setName("Kestrel Mutual AI discovery programme");
        portfolio.setOrganisation("Kestrel Mutual");
        portfolio.setOwner("Anna Novak, Head of Enterprise Architecture");
        portfolio.setCurrency("EUR");
        portfolio.setDescription("Kestrel Mutual insures homes and cars in the Netherlands, Belgium and Ireland: "
                + "about 2,400 employees, 1.3 million policies and EUR 980 million of gross written premium. Started "
                + "in September 2025, this programme maps the motor and home customer journeys and eight core "
                + "workflows, turns the frictions found there into scored and costed AI use cases, and plans them "
                + "in three waves that start inside the company.");
        portfolio.setScoring(ScoringSetup.build());
        Enablers.addTo(portfolio);
        portfolio.getJourneys().add(MotorJourney.build());
        portfolio.getJourneys().add(HomeClaimJourney.build());
        portfolio.getWorkflows().addAll(BackOfficeWorkflows.build());
        portfolio.getWorkflows().addAll(LongTailWorkflows.build());
        portfolio.getWorkflows().addAll(CustomerFacingWorkflows.build());

        SampleIndex index = new SampleIndex(portfolio);
        InternalUseCases.addTo(portfolio, index);
        ServiceUseCases.addTo(portfolio, index);
        CustomerUseCases.addTo(portfolio, index);
        score(index);
        writeBusinessCases(index);
        portfolio.setRoadmap(SampleRoadmap.build(index));
        return portfolio;
    }

    private static void score(SampleIndex index) {
        FinanceAndComplianceScores.addTo(index);
        ClaimsOperationsScores.addTo(index);
        KnowledgeScores.addTo(index);
        ServiceScores.addTo(index);
        ClaimsExperienceScores.addTo(index);
        RetentionScores.addTo(index);
        AcquisitionScores.addTo(index);
    }

    private static void writeBusinessCases(SampleIndex index) {
        OperationsBusinessCases.addTo(index);
        KnowledgeBusinessCases.addTo(index);
        ServiceBusinessCases.addTo(index);
        ClaimsBusinessCases.addTo(index);
        CustomerBusinessCases.addTo(index);
    }
}

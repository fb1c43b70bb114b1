// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Evidence;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.Touchpoint;
import dev.cartograph.tests.support.SamplePortfolio;

/** The sample follows the customer stage by stage, including after they leave, with evidence for every friction. */
class SampleJourneysTest {

    private static final Portfolio PORTFOLIO = SamplePortfolio.build();

    @Test
    void describesTheCompany() {
        assertEquals("Kestrel Mutual", PORTFOLIO.getOrganisation());
        assertEquals("EUR", PORTFOLIO.getCurrency());
        assertTrue(PORTFOLIO.getOwner().contains("Head of Enterprise Architecture"));
        assertTrue(PORTFOLIO.getDescription().contains("2,400 employees"));
    }

    @Test
    void everyJourneyGoesThroughAllSixStageKindsInOrder() {
        assertTrue(PORTFOLIO.getJourneys().size() >= 2);
        List<StageKind> allKinds = Arrays.asList(StageKind.values());
        for (CustomerJourney journey : PORTFOLIO.getJourneys()) {
            List<StageKind> kinds = journey.getStages().stream().map(JourneyStage::getKind).toList();
            assertEquals(allKinds, kinds, journey.getName());
            assertEquals(StageKind.POST_JOURNEY, kinds.get(kinds.size() - 1), journey.getName());
            assertFalse(journey.getPersona().isBlank(), journey.getName());
        }
    }

    @Test
    void everyStageHasTouchpointsWithAChannel() {
        for (JourneyStage stage : stages()) {
            assertFalse(stage.getTouchpoints().isEmpty(), stage.getName());
            for (Touchpoint touchpoint : stage.getTouchpoints()) {
                assertNotNull(touchpoint.getChannel(), touchpoint.getName());
            }
        }
    }

    @Test
    void everyStageHasAFrictionSeenAtOneOfItsOwnTouchpoints() {
        for (JourneyStage stage : stages()) {
            assertFalse(stage.getFrictions().isEmpty(), stage.getName());
            for (Friction friction : stage.getFrictions()) {
                assertFalse(friction.getTouchpoints().isEmpty(), friction.getName());
                assertTrue(stage.getTouchpoints().containsAll(friction.getTouchpoints()), friction.getName());
            }
        }
    }

    @Test
    void everyFrictionIsBackedByOneToThreeCompleteEvidenceItems() {
        List<Friction> frictions = allFrictions();
        assertTrue(frictions.size() >= 30, "frictions: " + frictions.size());
        for (Friction friction : frictions) {
            int count = friction.getEvidence().size();
            assertTrue(count >= 1 && count <= 3, friction.getName() + " has " + count + " evidence items");
            assertNotNull(friction.getSeverity(), friction.getName());
            assertNotNull(friction.getFrequency(), friction.getName());
            for (Evidence evidence : friction.getEvidence()) {
                assertNotNull(evidence.getKind(), friction.getName());
                assertFalse(evidence.getSource().isBlank(), friction.getName());
                assertTrue(evidence.getQuote() != null || evidence.getFigure() != null, friction.getName());
                assertTrue(evidence.getLink().startsWith("https://"), friction.getName());
                assertNotNull(evidence.getCollectedOn(), friction.getName());
            }
        }
    }

    @Test
    void everyFrictionAfterTheJourneyDrivesChurn() {
        List<Friction> postJourney = stages().stream().filter(stage -> stage.getKind() == StageKind.POST_JOURNEY)
                .flatMap(stage -> stage.getFrictions().stream()).toList();
        assertTrue(postJourney.size() >= 4);
        postJourney.forEach(friction -> assertTrue(friction.isDrivesChurn(), friction.getName()));
        long retentionChurn = stages().stream().filter(stage -> stage.getKind() == StageKind.RETENTION)
                .flatMap(stage -> stage.getFrictions().stream()).filter(Friction::isDrivesChurn).count();
        assertTrue(retentionChurn >= 2);
    }

    @Test
    void oneFrictionIsOutOfScopeAndNotAddressed() {
        List<Friction> outOfScope = allFrictions().stream().filter(Friction::isOutOfScope).toList();
        assertEquals(1, outOfScope.size());
        assertTrue(outOfScope.get(0).getAddressedBy().isEmpty());
    }

    @Test
    void oneOrTwoFrictionsInScopeAreNotYetAddressed() {
        List<String> open = allFrictions().stream()
                .filter(friction -> !friction.isOutOfScope() && friction.getAddressedBy().isEmpty())
                .map(Friction::getName).toList();
        assertEquals(List.of("Mid-term changes need a phone call", "Negative reviews after disputed claims"), open);
    }

    private static List<JourneyStage> stages() {
        return PORTFOLIO.getJourneys().stream().flatMap(journey -> journey.getStages().stream()).toList();
    }

    /** Frictions of journey stages and of workflow steps alike. */
    static List<Friction> allFrictions(Portfolio portfolio) {
        List<Friction> frictions = new ArrayList<>();
        for (var it = portfolio.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof Friction friction) {
                frictions.add(friction);
            }
        }
        return frictions;
    }

    private static List<Friction> allFrictions() {
        return allFrictions(PORTFOLIO);
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Evidence;
import dev.cartograph.model.ExternalReference;
import dev.cartograph.model.OrganisationUnit;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.PropertyType;
import dev.cartograph.model.PropertyValue;
import dev.cartograph.model.QuadrantKind;
import dev.cartograph.model.Roadmap;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UnitKind;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowCategory;
import dev.cartograph.model.persistence.ModelPersistence;

/**
 * Property definitions and values, organisation units, provenance of imported elements and wave
 * intents (#14, #13 item 8) survive save and load, and files written before them are unchanged.
 */
class InventoryModelTest {

    private static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    @TempDir
    Path directory;

    @Test
    void propertiesUnitsOriginsAndWaveIntentsSurviveSaveAndLoadByteForByte() throws IOException {
        Portfolio portfolio = FACTORY.createPortfolio();
        portfolio.setName("Claims");
        PropertyDefinition costCentre = FACTORY.createPropertyDefinition();
        costCentre.setKey("costCentre");
        costCentre.setName("Cost centre");
        costCentre.setNameFr("Centre de co\u00fbt");
        costCentre.setType(PropertyType.CHOICE);
        costCentre.getChoices().addAll(List.of("CC-100", "CC-200"));
        costCentre.getAppliesTo().addAll(List.of("UseCase", "Workflow"));
        portfolio.getPropertyDefinitions().add(costCentre);

        OrganisationUnit claims = unit("Claims department", UnitKind.DEPARTMENT, null);
        OrganisationUnit north = unit("North agency", UnitKind.AGENCY, claims);
        portfolio.getUnits().addAll(List.of(claims, north));

        Workflow intake = FACTORY.createWorkflow();
        intake.setName("Claim intake");
        intake.setUnit(north);
        portfolio.getWorkflows().add(intake);

        UseCase triage = FACTORY.createUseCase();
        triage.setName("Fraud triage");
        triage.setUnit(claims);
        triage.getProperties().add(value("costCentre", "CC-200"));
        triage.getProperties().add(value("goLive", "2027-03-01"));
        ExternalReference origin = FACTORY.createExternalReference();
        origin.setSource("inventory.xlsx");
        origin.setId("row-42");
        triage.setOrigin(origin);
        portfolio.getUseCases().add(triage);

        Roadmap roadmap = FACTORY.createRoadmap();
        Wave wave = FACTORY.createWave();
        wave.setName("Wave 1");
        wave.getIntendedScopes().add(Scope.INTERNAL);
        wave.getIntendedCategories().add(WorkflowCategory.HIGH_VOLUME_REPETITIVE);
        wave.getIntendedQuadrants().addAll(List.of(QuadrantKind.QUICK_WIN, QuadrantKind.FILL_IN));
        roadmap.getWaves().add(wave);
        portfolio.setRoadmap(roadmap);

        Path file = directory.resolve("inventory.cartograph");
        ModelPersistence.save(portfolio, file);
        byte[] first = Files.readAllBytes(file);

        Portfolio loaded = ModelPersistence.load(file);
        PropertyDefinition loadedDefinition = loaded.getPropertyDefinitions().get(0);
        assertEquals("costCentre", loadedDefinition.getKey());
        assertEquals("Centre de co\u00fbt", loadedDefinition.getNameFr());
        assertEquals(PropertyType.CHOICE, loadedDefinition.getType());
        assertEquals(List.of("CC-100", "CC-200"), loadedDefinition.getChoices());
        assertEquals(List.of("UseCase", "Workflow"), loadedDefinition.getAppliesTo());

        UseCase loadedTriage = loaded.getUseCases().get(0);
        assertSame(loaded.getUnits().get(0), loadedTriage.getUnit());
        assertSame(loaded.getUnits().get(1), loaded.getWorkflows().get(0).getUnit());
        assertSame(loaded.getUnits().get(0), loaded.getUnits().get(1).getParent());
        assertEquals(UnitKind.AGENCY, loaded.getUnits().get(1).getKind());
        assertEquals(List.of("costCentre=CC-200", "goLive=2027-03-01"),
                loadedTriage.getProperties().stream().map(p -> p.getKey() + "=" + p.getValue()).toList());
        assertEquals("inventory.xlsx", loadedTriage.getOrigin().getSource());
        assertEquals("row-42", loadedTriage.getOrigin().getId());

        Wave loadedWave = loaded.getRoadmap().getWaves().get(0);
        assertEquals(List.of(Scope.INTERNAL), loadedWave.getIntendedScopes());
        assertEquals(List.of(WorkflowCategory.HIGH_VOLUME_REPETITIVE), loadedWave.getIntendedCategories());
        assertEquals(List.of(QuadrantKind.QUICK_WIN, QuadrantKind.FILL_IN), loadedWave.getIntendedQuadrants());

        ModelPersistence.save(loaded.eResource());
        assertArrayEquals(first, Files.readAllBytes(file));
    }

    @Test
    void evidenceCarriesPropertyValuesToo() throws IOException {
        Path file = Fixtures.copy("portfolio.cartograph", directory);
        Portfolio portfolio = ModelPersistence.load(file);
        Evidence evidence = portfolio.getJourneys().get(0).getStages().get(0).getFrictions().get(0)
                .getEvidence().get(0);
        evidence.getProperties().add(value("reviewed", "true"));
        ModelPersistence.save(portfolio.eResource());

        Portfolio loaded = ModelPersistence.load(file);
        PropertyValue reviewed = loaded.getJourneys().get(0).getStages().get(0).getFrictions().get(0)
                .getEvidence().get(0).getProperties().get(0);
        assertEquals("reviewed", reviewed.getKey());
        assertEquals("true", reviewed.getValue());
    }

    @Test
    void aFileWrittenBeforeTheseFeaturesOpensWithoutThemAndReSavesUnchanged() throws IOException {
        Path file = Fixtures.copy("portfolio.cartograph", directory);
        Portfolio portfolio = ModelPersistence.load(file);
        assertTrue(portfolio.getPropertyDefinitions().isEmpty());
        assertTrue(portfolio.getUnits().isEmpty());
        for (UseCase useCase : portfolio.getUseCases()) {
            assertTrue(useCase.getProperties().isEmpty());
            assertNull(useCase.getOrigin());
            assertNull(useCase.getUnit());
        }
        ModelPersistence.save(portfolio.eResource());
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(Fixtures.bytes("portfolio.cartograph"), bytes);
        String text = Files.readString(file);
        assertFalse(text.contains("properties"));
        assertFalse(text.contains("origin"));
        assertFalse(text.contains("partialRanking"));
        assertFalse(text.contains("minimumCoverage"));
        if (portfolio.getScoring() != null) {
            assertFalse(portfolio.getScoring().isPartialRanking());
            assertEquals(50.0, portfolio.getScoring().getMinimumCoverage());
        }
    }

    @Test
    void thePartialRankingSettingIsSavedOnlyWhenChosen() throws IOException {
        Path file = Fixtures.copy("portfolio.cartograph", directory);
        Portfolio portfolio = ModelPersistence.load(file);
        if (portfolio.getScoring() == null) {
            portfolio.setScoring(FACTORY.createScoringConfiguration());
        }
        portfolio.getScoring().setPartialRanking(true);
        portfolio.getScoring().setMinimumCoverage(60);
        ModelPersistence.save(portfolio.eResource());
        String text = Files.readString(file);
        assertTrue(text.contains("partialRanking=\"true\""), text);
        assertTrue(text.contains("minimumCoverage=\"60.0\""), text);
        Portfolio loaded = ModelPersistence.load(file);
        assertTrue(loaded.getScoring().isPartialRanking());
        assertEquals(60.0, loaded.getScoring().getMinimumCoverage());
    }

    private static OrganisationUnit unit(String name, UnitKind kind, OrganisationUnit parent) {
        OrganisationUnit unit = FACTORY.createOrganisationUnit();
        unit.setName(name);
        unit.setKind(kind);
        unit.setParent(parent);
        return unit;
    }

    private static PropertyValue value(String key, String text) {
        PropertyValue value = FACTORY.createPropertyValue();
        value.setKey(key);
        value.setValue(text);
        return value;
    }
}

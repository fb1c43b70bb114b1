// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.maps.BuiltMap;
import dev.cartograph.maps.LayerRegistry;
import dev.cartograph.maps.MapDescription;
import dev.cartograph.maps.MapFailure;
import dev.cartograph.maps.MapKind;
import dev.cartograph.maps.MapLayer;
import dev.cartograph.maps.MapRegistry;
import dev.cartograph.maps.MapRenderer;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.tests.support.SamplePortfolio;

/**
 * The maps and layers reach Cartograph through the extension points, the built-in ones like any
 * plug-in's, and a broken contribution costs only itself, reported with its bundle named.
 */
class ContributionTest {

    @Test
    void theBuiltInMapsAndLayersAreContributedByTheirOwnBundle() {
        assertEquals(List.of("journey", "workflow", "portfolio"), Fixture.maps().maps().maps().stream()
                .filter(m -> m.contributor().equals(Fixture.BUILTIN)).map(MapDescription::id).toList());
        assertEquals(Set.of("quadrant", "automationHeat", "frictionHeat", "wave", "status", "evidence", "validation"),
                Set.copyOf(Fixture.maps().layers().layers().stream().filter(l -> l.contributor().equals(Fixture.BUILTIN))
                        .map(MapLayer::id).toList()));
        assertEquals(MapKind.JOURNEY, Fixture.map("journey").kind());
        assertEquals("Journey map", Fixture.map("journey").label());
        assertEquals(Set.of("quadrant"), Fixture.maps().layers().defaults(MapKind.JOURNEY));
        assertEquals(Set.of("quadrant", "automationHeat"), Fixture.maps().layers().defaults(MapKind.WORKFLOW));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "''                    | A map has no id",
            "test-bad-kind         | Map \"test-bad-kind\": kind \"sideways\" is none of journey, workflow and portfolio",
            "test-bad-kinds        | Layer \"test-bad-kinds\": kinds \"journey,galaxy\" must list journey, workflow or portfolio, separated by commas",
            "''                    | Unexpected element <layers> in a contribution to dev.cartograph.maps.layers; it is ignored" })
    void anInvalidDefinitionIsRefusedAndReportedAgainstItsBundle(String id, String message) {
        assertTrue(Fixture.maps().failures().contains(new MapFailure(id, Fixture.THIS_BUNDLE, message)),
                Fixture.maps().failures()::toString);
    }

    @Test
    void aLayerThatThrowsCostsOnlyItselfAndLeavesNoMark() {
        CustomerJourney journey = SamplePortfolio.build().getJourneys().get(0);
        BuiltMap built = Fixture.built(BuiltinMaps.JOURNEY_MAP, journey, Locale.ENGLISH, "test-throwing-layer",
                BuiltinMaps.QUADRANT);
        assertEquals(List.of(new MapFailure("test-throwing-layer", Fixture.THIS_BUNDLE,
                "Layer \"test-throwing-layer\" failed and is left out: IllegalStateException: the layer is broken on purpose")),
                built.failures());
        for (Node node : built.diagram().allNodes()) {
            assertTrue(node.badges().stream().map(Badge::id).noneMatch(ThrowingLayer.BADGE::equals), node::toString);
        }
        assertTrue(built.diagram().allNodes().stream().filter(n -> n.kind().equals(BuiltinMaps.USE_CASE))
                .anyMatch(n -> n.style().fill() != null && !n.style().fill().equals(Rgb.WHITE)),
                "the quadrant layer, applied after the broken one, still colours the use cases");
        assertTrue(Fixture.maps().layers().failures().stream()
                .anyMatch(f -> f.contributionId().equals("test-throwing-layer") && f.contributor().equals(Fixture.THIS_BUNDLE)));
    }

    @Test
    void aLayerWhoseClassIsMissingIsReportedWhenFirstOn() {
        CustomerJourney journey = SamplePortfolio.build().getJourneys().get(0);
        BuiltMap built = Fixture.built(BuiltinMaps.JOURNEY_MAP, journey, Locale.ENGLISH, "test-missing-class");
        assertEquals(1, built.failures().size());
        MapFailure failure = built.failures().get(0);
        assertEquals(Fixture.THIS_BUNDLE, failure.contributor());
        assertTrue(failure.message().startsWith("Layer \"test-missing-class\" failed and is left out: "
                + "IllegalStateException: \"test-missing-class\": the class dev.cartograph.maps.tests.DoesNotExist could not be created"),
                failure.message());
    }

    @Test
    void aMapThatThrowsGivesNoDiagramAndTheOthersStillWork() {
        CustomerJourney journey = SamplePortfolio.build().getJourneys().get(0);
        MapDescription broken = Fixture.map("test-throwing-map");
        assertTrue(Fixture.maps().renderer().build(broken, Fixture.context(journey, Set.of(), Locale.ENGLISH)).isEmpty());
        assertTrue(Fixture.maps().maps().failures().stream().anyMatch(f -> f.contributionId().equals("test-throwing-map")
                && f.contributor().equals(Fixture.THIS_BUNDLE)
                && f.message().equals("Map \"test-throwing-map\" failed: UnsupportedOperationException: the map is broken on purpose")));
        assertFalse(Fixture.build(BuiltinMaps.JOURNEY_MAP, journey).nodes().isEmpty());
    }

    @Test
    void aRegistryFilledInCodeRefusesATakenId() {
        MapRegistry maps = new MapRegistry();
        MapDescription first = Fixture.map("journey");
        assertTrue(maps.add(first));
        assertFalse(maps.add(new MapDescription("journey", "Other", "", MapKind.JOURNEY, "com.acme", first.builder())));
        assertEquals(List.of(new MapFailure("journey", "com.acme",
                "The id \"journey\" is already contributed by dev.cartograph.maps.builtin")), maps.failures());
        MapRenderer renderer = new MapRenderer(maps, new LayerRegistry());
        CustomerJourney journey = SamplePortfolio.build().getJourneys().get(0);
        assertTrue(renderer.render(first, Fixture.context(journey, Set.of(), Locale.ENGLISH)).isPresent());
    }
}

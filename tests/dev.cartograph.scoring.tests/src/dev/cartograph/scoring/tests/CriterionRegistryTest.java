// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.scoring.WeightedSumStrategy;

/** The plain registries the extension reader, the command line and the tests fill by code. */
class CriterionRegistryTest {

    @Test
    void keepsCriteriaInRegistrationOrderAndFindsThemById() {
        CriterionRegistry registry = TestCriteria.registry(TestCriteria.defaults().toArray(new Criterion[0]));
        assertEquals(List.of("strategic-value", "customer-experience", "financial-potential", "data-process-maturity",
                "technical-complexity", "brand-impact", "compliance-risk", "initiative-alignment"),
                registry.criteria().stream().map(Criterion::id).toList());
        Criterion complexity = registry.find("technical-complexity").orElseThrow();
        assertEquals(Side.FEASIBILITY, complexity.side());
        assertEquals(Direction.COST, complexity.direction());
        assertEquals(Optional.of("very high"), complexity.scale().rubricFor(5));
        assertEquals(Optional.empty(), complexity.scale().rubricFor(2.5));
        assertTrue(registry.find("financial-potential").orElseThrow().isComputed());
        assertFalse(complexity.isComputed());
    }

    @Test
    void tellsListenersAboutAdditionsAndRemovals() {
        CriterionRegistry registry = new CriterionRegistry();
        List<Integer> sizes = new ArrayList<>();
        CriterionRegistry.Listener listener = r -> sizes.add(r.criteria().size());
        registry.addListener(listener);
        registry.add(TestCriteria.impact("a"));
        registry.add(TestCriteria.impact("b"));
        assertEquals(Optional.empty(), registry.remove("missing"));
        assertEquals("a", registry.remove("a").orElseThrow().id());
        registry.add(TestCriteria.impact("b"));
        registry.removeListener(listener);
        registry.add(TestCriteria.impact("c"));
        assertEquals(List.of(1, 2, 1), sizes);
    }

    @Test
    void addsSeveralCriteriaWithOneNotification() {
        CriterionRegistry registry = new CriterionRegistry();
        List<Integer> sizes = new ArrayList<>();
        registry.addListener(r -> sizes.add(r.criteria().size()));
        int added = registry.addAll(List.of(TestCriteria.impact("a"), TestCriteria.impact("a"), TestCriteria.impact("b")));
        assertEquals(2, added);
        assertEquals(List.of(2), sizes);
        assertEquals("a", registry.failures().get(0).criterionId());
    }

    @Test
    void recordsFailuresFromOutside() {
        CriterionRegistry registry = new CriterionRegistry();
        CriterionFailure failure = new CriterionFailure("x", "org.example", "class not found");
        registry.recordFailure(failure);
        assertEquals(List.of(failure), registry.failures());
        registry.clearFailures();
        assertTrue(registry.failures().isEmpty());
    }

    @Test
    void scalesRejectInvalidBoundsAndNormaliseLinearly() {
        assertThrows(IllegalArgumentException.class, () -> Scale.of(5, 1));
        assertThrows(IllegalArgumentException.class, () -> Scale.of(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Scale.of(1, 2, "a", "b", "c"));
        Scale scale = Scale.of(1, 5);
        assertEquals(0, scale.normalise(1));
        assertEquals(62.5, scale.normalise(3.5));
        assertTrue(scale.contains(5));
        assertFalse(scale.contains(5.01));
        assertFalse(scale.contains(Double.NaN));
        assertEquals(37.5, Direction.COST.orient(scale.normalise(3.5)));
    }

    @Test
    void theStrategyRegistryAlwaysHoldsTheWeightedSum() {
        StrategyRegistry registry = new StrategyRegistry();
        assertEquals(List.of(WeightedSumStrategy.ID), registry.strategies().stream().map(s -> s.id()).toList());
        assertEquals(Optional.empty(), registry.remove(WeightedSumStrategy.ID));
        assertFalse(registry.add(WeightedSumStrategy.INSTANCE));
        assertEquals(WeightedSumStrategy.ID, registry.failures().get(0).strategyId());
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.PropertyType;
import dev.cartograph.model.PropertyValue;
import dev.cartograph.model.UseCase;

/** {@code rank --columns KEY,...}: the portfolio's own properties as columns of every section. */
@SuppressWarnings("nls")
class PropertyColumnsTest {

    @TempDir
    Path directory;

    private Cli cli;

    @BeforeEach
    void writeGridWithProperties() {
        Portfolio portfolio = Portfolios.grid();
        define(portfolio, "inventoryId", "Inventory id", PropertyType.TEXT);
        define(portfolio, "vendor", "Vendor", PropertyType.TEXT);
        set(Portfolios.find(portfolio, "Alpha"), "inventoryId", "INV-001");
        set(Portfolios.find(portfolio, "Alpha"), "vendor", "Acme");
        set(Portfolios.find(portfolio, "Foxtrot"), "inventoryId", "INV-006");
        Portfolios.write(portfolio, directory, "grid.cartograph");
        cli = new Cli(TestCriteria.grid(), directory);
    }

    @Test
    void jsonHasOneKeyPerChosenProperty() {
        Map<String, Object> json = Json.object(cli.run("rank", "grid.cartograph", "--columns", "inventoryId,vendor",
                "--format", "json").out());

        Map<String, Object> alpha = Json.rows(json, "ranking").get(0);
        assertEquals("INV-001", alpha.get("property.inventoryId"));
        assertEquals("Acme", alpha.get("property.vendor"));
        Map<String, Object> bravo = Json.rows(json, "ranking").get(1);
        assertTrue(bravo.containsKey("property.vendor") && bravo.get("property.vendor") == null);
        assertEquals("INV-006", Json.rows(json, "incomplete").get(0).get("property.inventoryId"));
    }

    @Test
    void theTableHeadsTheColumnsWithTheLabels() {
        Cli.Run run = cli.run("rank", "grid.cartograph", "--columns", "vendor");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = List.of(run.out().split("\n"));
        String header = lines.get(lines.indexOf("Ranking") + 1);
        assertTrue(header.contains("  Vendor  "), header);
        assertTrue(lines.stream().anyMatch(l -> l.contains("Alpha") && l.contains("Acme")), run.out());
    }

    @Test
    void anUnknownKeyIsRefusedNamingTheKnownOnes() {
        Cli.Run run = cli.run("rank", "grid.cartograph", "--columns", "vendr");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("grid.cartograph: the portfolio has no property 'vendr'; its properties are: inventoryId, vendor"),
                run.errLines());
    }

    @Test
    void byUnitCountsTheUseCasesOfEachUnitWithItsSubUnits() {
        Portfolio portfolio = Portfolios.grid();
        dev.cartograph.model.OrganisationUnit claims = Portfolios.FACTORY.createOrganisationUnit();
        claims.setName("Claims");
        dev.cartograph.model.OrganisationUnit motor = Portfolios.FACTORY.createOrganisationUnit();
        motor.setName("Motor claims");
        motor.setParent(claims);
        portfolio.getUnits().add(claims);
        portfolio.getUnits().add(motor);
        Portfolios.find(portfolio, "Alpha").setUnit(claims);
        Portfolios.find(portfolio, "Bravo").setUnit(motor);
        Portfolios.find(portfolio, "Foxtrot").setUnit(motor);
        Portfolios.write(portfolio, directory, "units.cartograph");

        Map<String, Object> json = Json.object(cli.run("rank", "units.cartograph", "--by-unit", "--format", "json").out());

        List<Map<String, Object>> units = Json.rows(json, "units");
        assertEquals(List.of("Claims", "Motor claims", "(no unit)"), units.stream().map(u -> u.get("unit")).toList());
        assertEquals(3.0, units.get(0).get("useCases"), "its own and its sub-unit's");
        assertEquals(2.0, units.get(0).get("ranked"));
        assertEquals(1.0, units.get(0).get("incomplete"));
        assertEquals("Claims", units.get(1).get("parent"));
        assertEquals(2.0, units.get(1).get("useCases"));
        assertEquals(4.0, units.get(2).get("useCases"), "Charlie, Delta, Echo and Golf belong to no unit");
    }

    private static void define(Portfolio portfolio, String key, String name, PropertyType type) {
        PropertyDefinition definition = Portfolios.FACTORY.createPropertyDefinition();
        definition.setKey(key);
        definition.setName(name);
        definition.setType(type);
        portfolio.getPropertyDefinitions().add(definition);
    }

    private static void set(UseCase useCase, String key, String text) {
        PropertyValue value = Portfolios.FACTORY.createPropertyValue();
        value.setKey(key);
        value.setValue(text);
        useCase.getProperties().add(value);
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Gate;
import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.StrategyFailure;

/** {@code criteria [FILE]}: what is installed, what failed and whom to blame, and how a portfolio uses it. */
class CriteriaCommandTest {

    @TempDir
    Path directory;

    @Test
    void listsTheInstalledCriteriaWithTheirDefinition() {
        Map<String, Object> json = Json.object(new Cli(TestCriteria.grid(), directory)
                .run("criteria", "--format", "json").out());

        assertEquals(List.of(
                Map.of("id", "value", "label", "Value", "side", "impact", "direction", "benefit", "min", 1.0, "max", 5.0,
                        "defaultWeight", 1.0, "computed", false, "contributor", "dev.cartograph.cli.tests"),
                Map.of("id", "effort", "label", "Effort", "side", "feasibility", "direction", "cost", "min", 1.0, "max",
                        5.0, "defaultWeight", 1.0, "computed", false, "contributor", "dev.cartograph.cli.tests")),
                Json.rows(json, "criteria"));
        assertEquals(List.of(), Json.rows(json, "failures"));
        assertFalse(json.containsKey("notInstalled"), "without a file there is nothing to compare with");
    }

    @Test
    void failedContributionsNameTheirBundle() {
        CriterionRegistry registry = TestCriteria.grid();
        registry.add(Criterion.builder("value").label("Value again").scale(Scale.of(0, 10)).contributor("com.acme.grid")
                .build());
        Cli cli = new Cli(registry, directory).failures(registry.failures(),
                List.of(new StrategyFailure("greedy", "com.acme.strategies", "the class cannot be created")));

        Cli.Run run = cli.run("criteria");
        Map<String, Object> json = Json.object(cli.run("criteria", "--format", "json").out());

        assertEquals(0, run.exitCode());
        List<Map<String, Object>> failures = Json.rows(json, "failures");
        assertEquals(2, failures.size());
        assertEquals("criterion", failures.get(0).get("kind"));
        assertEquals("value", failures.get(0).get("id"));
        assertEquals("com.acme.grid", failures.get(0).get("contributor"));
        assertFalse(((String) failures.get(0).get("problem")).isBlank());
        assertEquals(Map.of("kind", "strategy", "id", "greedy", "contributor", "com.acme.strategies", "problem",
                "the class cannot be created"), failures.get(1));
        assertTrue(run.out().contains("\nFailed contributions\nKind       Id      Contributor          Problem\n"),
                run.out());
        assertTrue(run.out().contains("\nstrategy   greedy  com.acme.strategies  the class cannot be created\n"),
                run.out());
    }

    @Test
    void withAFileSaysWhatThePortfolioEnablesAndWhatNoPluginProvides() {
        Portfolio portfolio = Portfolios.grid();
        setting(portfolio, "value", true, 3);
        setting(portfolio, "effort", false, 1);
        setting(portfolio, "sustainability", true, 2);
        Gate carbon = Portfolios.FACTORY.createGate();
        carbon.setCriterionId("carbon");
        carbon.setValue(4);
        portfolio.getScoring().getGates().add(carbon);
        Portfolios.find(portfolio, "Alpha").getScores().add(Portfolios.score("sustainability", 4));
        Portfolios.find(portfolio, "Bravo").getScores().add(Portfolios.score("sustainability", 2));
        Portfolios.write(portfolio, directory, "settings.cartograph");

        Cli.Run run = new Cli(TestCriteria.grid(), directory).run("criteria", "settings.cartograph", "--format", "json");

        assertEquals(0, run.exitCode());
        Map<String, Object> json = Json.object(run.out());
        assertEquals("settings.cartograph", json.get("file"));
        List<Map<String, Object>> criteria = Json.rows(json, "criteria");
        assertEquals(List.of(true, false), criteria.stream().map(c -> c.get("enabled")).toList());
        assertEquals(List.of(3.0, 1.0), criteria.stream().map(c -> c.get("weight")).toList());
        assertEquals(List.of(Map.of("id", "sustainability", "settings", 1.0, "gates", 0.0, "scores", 2.0),
                Map.of("id", "carbon", "settings", 0.0, "gates", 1.0, "scores", 0.0)), Json.rows(json, "notInstalled"));
        assertEquals(List.of("2 criteria named by the portfolio are provided by no installed plug-in: install their "
                + "plug-ins or remove them from the portfolio."), json.get("notes"));
    }

    private static void setting(Portfolio portfolio, String criterionId, boolean enabled, double weight) {
        CriterionSetting setting = Portfolios.FACTORY.createCriterionSetting();
        setting.setCriterionId(criterionId);
        setting.setEnabled(enabled);
        setting.setWeight(weight);
        portfolio.getScoring().getCriteria().add(setting);
    }
}

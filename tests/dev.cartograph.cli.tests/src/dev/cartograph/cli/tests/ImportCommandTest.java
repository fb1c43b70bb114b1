// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.io.inventory.InventoryTable;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.tests.support.SampleFile;

/** {@code import} and the table formats of {@code export}: as a user runs them, with what they print. */
@SuppressWarnings("nls")
class ImportCommandTest {

    private static final String INVENTORY = """
            Ref,Use case,Department,Process,Process step,Status,Strategic value,Data maturity,Annual savings,Budget line
            AI-001,Invoice data capture,Finance,Accounts payable,Invoice entry,Pilot,4,4,"120,000",OPEX-FIN-12
            AI-002,Claims triage,Claims operations,Claims intake,Triage,Approved,5,3,310000,CAPEX-CL-3
            AI-003,Policy wording assistant,Distribution,Agent support,Answer question,Idea,3,2,,
            """;

    @TempDir
    Path directory;

    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = Cli.withDefaults(directory);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aFirstImportCreatesThePortfolioWithTheInstalledCriteria() throws Exception {
        write("inventory.csv", INVENTORY);
        Cli.Run run = cli.run("import", "programme.cartograph", "--from", "inventory.csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("inventory.csv: 3 rows: 3 new, 0 updated, 0 unchanged, 0 rejected\n"
                + "New organisation units: 3 (Claims operations, Distribution, Finance)\n"
                + "New workflows: 3 (Accounts payable, Agent support, Claims intake)\n"
                + "New workflow steps: 3 (Accounts payable / Invoice entry, Agent support / Answer question, "
                + "Claims intake / Triage)\n"
                + "programme.cartograph written: 3 use case(s) created, 0 updated\n", run.out());
        Portfolio portfolio = ModelPersistence.load(directory.resolve("programme.cartograph"));
        assertEquals("programme", portfolio.getName());
        assertEquals(8, portfolio.getScoring().getCriteria().size());
        assertEquals(List.of("Invoice data capture", "Claims triage", "Policy wording assistant"),
                portfolio.getUseCases().stream().map(UseCase::getName).toList());
        assertEquals("inventory", portfolio.getUseCases().get(0).getOrigin().getSource());
        assertEquals(120_000, portfolio.getUseCases().get(0).getBusinessCase().getAnnualCostAvoided());
    }

    @Test
    void theDryRunListsEveryRejectedRowAndWritesNothing() throws Exception {
        write("inventory.csv", INVENTORY.replace(",5,3,310000", ",five,3,310000"));
        Path portfolio = directory.resolve("kestrel.cartograph");
        SampleFile.write(portfolio);
        byte[] before = Files.readAllBytes(portfolio);
        Cli.Run run = cli.run("import", "kestrel.cartograph", "--from", "inventory.csv", "--dry-run");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("inventory.csv: 3 rows: 2 new, 0 updated, 0 unchanged, 1 rejected\n"), run.out());
        assertTrue(run.out().contains("inventory.csv: row 3, column G (Strategic value): \"five\" is not a number\n"),
                run.out());
        assertTrue(run.out().endsWith("dry run: nothing written\n"), run.out());
        assertArrayEquals(before, Files.readAllBytes(portfolio));
    }

    @Test
    void theProposedMappingReimportsTheNextVersionWithoutDuplicates() throws Exception {
        write("inventory.csv", INVENTORY);
        Cli.Run propose = cli.run("import", "p.cartograph", "--from", "inventory.csv", "--propose-mapping", "map.json");
        assertEquals(0, propose.exitCode(), propose.err());
        assertTrue(propose.out().endsWith("mapping proposed in map.json: review it, then import with --mapping map.json\n"),
                propose.out());
        assertFalse(Files.exists(directory.resolve("p.cartograph")), "a proposal imports nothing");
        String map = Files.readString(directory.resolve("map.json"));
        assertTrue(map.contains("\"header\": \"Strategic value\",\n      \"field\": \"score\",\n      \"criterion\": \"strategic-value\""), map);
        assertEquals(0, cli.run("import", "p.cartograph", "--from", "inventory.csv", "--mapping", "map.json").exitCode());

        write("inventory-2.csv", INVENTORY.replace("Approved,5", "Deployed,5") + "AI-004,Churn early warning,Customer service,Retention,Spot at-risk customers,Idea,4,3,450000,\n");
        Cli.Run again = cli.run("import", "p.cartograph", "--from", "inventory-2.csv", "--mapping", "map.json");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().startsWith("inventory-2.csv: 4 rows: 1 new, 1 updated, 2 unchanged, 0 rejected\n"),
                again.out());
        Portfolio portfolio = ModelPersistence.load(directory.resolve("p.cartograph"));
        assertEquals(4, portfolio.getUseCases().size());
        assertEquals("deployed", portfolio.getUseCases().get(1).getStatus().getLiteral());
        assertEquals("p.cartograph already holds all of it: nothing written\n", cli.run("import", "p.cartograph",
                "--from", "inventory-2.csv", "--mapping", "map.json").out().lines().reduce((a, b) -> b).orElse("") + "\n");
    }

    @Test
    void badFilesAndMissingOptionsAreNamed() throws Exception {
        Cli.Run run = cli.run("import", "p.cartograph");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("import needs --from INVENTORY"), run.err());
        write("empty.csv", "");
        run = cli.run("import", "p.cartograph", "--from", "empty.csv");
        assertEquals(2, run.exitCode());
        assertEquals("empty.csv is empty: there is no row to import\n", run.err());
        write("inventory.csv", INVENTORY);
        write("map.json", "{\"source\": \"x\", \"columns\": [");
        run = cli.run("import", "p.cartograph", "--from", "inventory.csv", "--mapping", "map.json");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("map.json:1:29: not a mapping file: unexpected end"), run.err());
        assertFalse(Files.exists(directory.resolve("p.cartograph")));
    }

    @Test
    void theUseCasesExportAsCsvXlsxAndJsonAndTheCsvImportsBackToTheSameContent() throws Exception {
        Portfolio sample = SampleFile.write(directory.resolve("kestrel.cartograph"));
        Cli.Run csv = cli.run("export", "kestrel.cartograph", "--out", "use-cases.csv");
        assertEquals(0, csv.exitCode(), csv.err());
        String text = Files.readString(directory.resolve("use-cases.csv"));
        assertTrue(text.startsWith("\uFEFFid,name,description,scope,status,aiPattern,sponsor,owner,rejectionReason,unit,"
                + "workflow,step,journey,stage,initiative,score: "), text.substring(0, 200));
        assertTrue(text.lines().findFirst().orElseThrow().endsWith(",impact,feasibility,overall,quadrant,rank"));
        assertTrue(text.matches("(?s).*,(quick-win|strategic-bet|fill-in|drop),1\r\n.*"),
                "the best use case's quadrant and rank");

        assertEquals(0, cli.run("export", "kestrel.cartograph", "--format", "xlsx", "--out", "use-cases.xlsx").exitCode());
        InventoryTable workbook = InventoryTable.read(directory.resolve("use-cases.xlsx"), "Use cases");
        assertEquals(sample.getUseCases().size(), workbook.rows().size());
        assertEquals("rank", workbook.headers().get(workbook.headers().size() - 1));

        assertEquals(0, cli.run("export", "kestrel.cartograph", "--out", "use-cases.json").exitCode());
        String json = Files.readString(directory.resolve("use-cases.json"));
        assertTrue(json.startsWith("{\n  \"portfolio\": \"" + sample.getName() + "\",\n  \"useCases\": [\n    {\n      \"id\": "), json.substring(0, 120));

        Cli.Run back = cli.run("import", "copy.cartograph", "--from", "use-cases.csv");
        assertEquals(0, back.exitCode(), back.out() + back.err());
        Portfolio copy = ModelPersistence.load(directory.resolve("copy.cartograph"));
        assertEquals(sample.getUseCases().stream().map(UseCase::getName).toList(),
                copy.getUseCases().stream().map(UseCase::getName).toList());
        for (int i = 0; i < sample.getUseCases().size(); i++) {
            UseCase original = sample.getUseCases().get(i);
            UseCase imported = copy.getUseCases().get(i);
            assertEquals(original.getStatus(), imported.getStatus(), original.getName());
            assertEquals(original.getAiPattern(), imported.getAiPattern(), original.getName());
            List<String> steps = original.getSteps().isEmpty() ? List.of()
                    : original.getSteps().stream().filter(s -> s.getWorkflow() == original.getSteps().get(0).getWorkflow())
                            .map(s -> s.getName()).toList();
            assertEquals(steps, imported.getSteps().stream().map(s -> s.getName()).toList(), original.getName());
            for (Score score : imported.getScores()) {
                double mean = original.getScores().stream().filter(s -> s.getCriterionId().equals(score.getCriterionId()))
                        .mapToDouble(Score::getValue).average().orElseThrow();
                assertEquals(mean, score.getValue(), 1e-9, original.getName() + " " + score.getCriterionId());
            }
            if (original.getBusinessCase() != null && original.getBusinessCase().isSetOneOffCost()) {
                assertEquals(original.getBusinessCase().getOneOffCost(), imported.getBusinessCase().getOneOffCost());
            }
        }
        assertEquals(String.format(Locale.ROOT, "%d", sample.getUseCases().size()),
                back.out().replaceAll("(?s)^use-cases.csv: (\\d+) rows.*", "$1"));
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.io.inventory.ColumnMapping;
import dev.cartograph.io.inventory.Field;
import dev.cartograph.io.inventory.ImportPlan;
import dev.cartograph.io.inventory.ImportPlan.Action;
import dev.cartograph.io.inventory.ImportProblem;
import dev.cartograph.io.inventory.InventoryImport;
import dev.cartograph.io.inventory.InventoryMapping;
import dev.cartograph.io.inventory.InventoryTable;
import dev.cartograph.io.inventory.MappingProposer;
import dev.cartograph.model.AiPattern;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Workflow;

/** Importing real-looking inventories: proposals, the dry run, re-import, problems with row and column. */
@SuppressWarnings("nls")
class InventoryImportTest {

    @TempDir
    Path folder;

    private InventoryTable table(String fixture) throws Exception {
        return InventoryTable.read(InventoryFixtures.copy(fixture, folder), null);
    }

    private static ImportPlan plan(Portfolio portfolio, InventoryTable table, InventoryMapping mapping) {
        return InventoryImport.plan(portfolio, table, mapping, InventoryFixtures.CRITERIA, Locale.ENGLISH);
    }

    private static UseCase useCase(Portfolio portfolio, String name) {
        return portfolio.getUseCases().stream().filter(u -> name.equals(u.getName())).findFirst().orElseThrow();
    }

    private static double score(UseCase useCase, String criterion) {
        return useCase.getScores().stream().filter(s -> criterion.equals(s.getCriterionId())).findFirst()
                .map(Score::getValue).orElseThrow();
    }

    @Test
    void proposesTheMappingOfAnEnglishInventoryFromItsHeaders() throws Exception {
        InventoryTable table = table("ai-inventory.csv");
        InventoryMapping mapping = MappingProposer.propose(table.headers(), InventoryFixtures.CRITERIA, "ai-inventory");
        String proposal = mapping.columns().stream()
                .map(c -> c.header() + "=" + c.field().key() + (c.argument() == null ? "" : ":" + c.argument()))
                .collect(Collectors.joining(", "));
        assertEquals("Ref=id, Use case=name, Description=description, Department=unit, Process=workflow, "
                + "Process step=step, Status=status, Type of AI=aiPattern, Sponsor=sponsor, "
                + "Strategic value=score:strategic-value, Customer experience=score:customer-experience, "
                + "Financial potential=score:financial-potential, Data maturity=score:data-process-maturity, "
                + "Complexity=score:technical-complexity, Brand=score:brand-impact, "
                + "Compliance risk=score:compliance-risk, Alignment=score:initiative-alignment, "
                + "Strategic value rationale=rationale:strategic-value, Annual savings=annualCostAvoided, "
                + "Build cost=oneOffCost, Budget line=property:budget-line", proposal);
        assertEquals("CSV, UTF-8, delimiter ,", table.description());
    }

    @Test
    void importsAnEnglishInventoryWithItsAnchorsScoresAndOwnProperties() throws Exception {
        Portfolio portfolio = InventoryFixtures.portfolio();
        InventoryTable table = table("ai-inventory.csv");
        InventoryMapping mapping = MappingProposer.propose(table.headers(), InventoryFixtures.CRITERIA, "ai-inventory");
        ImportPlan plan = plan(portfolio, table, mapping);
        assertEquals(List.of(), plan.problems());
        assertEquals(5, plan.count(Action.CREATE));
        assertEquals(0, portfolio.getUseCases().size(), "the dry run changes nothing");
        assertEquals("ai-inventory.csv: 5 rows: 5 new, 0 updated, 0 unchanged, 0 rejected",
                plan.summary(Locale.ENGLISH).lines().findFirst().orElseThrow().replaceAll("^.*/", ""));

        InventoryImport.apply(plan);
        assertEquals(5, portfolio.getUseCases().size());
        UseCase invoices = useCase(portfolio, "Invoice data capture");
        assertEquals("Read supplier invoices and post them to the ledger.\nToday two clerks key them in.",
                invoices.getDescription(), "a quoted newline stays in its cell");
        assertEquals(UseCaseStatus.PILOT, invoices.getStatus());
        assertEquals(AiPattern.EXTRACTION, invoices.getAiPattern());
        assertEquals(120_000, invoices.getBusinessCase().getAnnualCostAvoided(), "thousands with commas");
        assertEquals(4, score(invoices, "strategic-value"));
        assertEquals("Frees two FTE for controls", invoices.getScores().stream()
                .filter(s -> s.getCriterionId().equals("strategic-value")).findFirst().orElseThrow().getRationale());
        assertEquals("Finance", invoices.getUnit().getName());
        assertEquals("ai-inventory", invoices.getOrigin().getSource());
        assertEquals("AI-001", invoices.getOrigin().getId());
        assertEquals("OPEX-FIN-12", invoices.getProperties().get(0).getValue());
        assertEquals("budget-line", portfolio.getPropertyDefinitions().get(0).getKey());
        assertEquals("Budget line", portfolio.getPropertyDefinitions().get(0).getName());
        assertEquals(List.of("Finance", "Claims operations", "Distribution", "Customer service"),
                portfolio.getUnits().stream().map(u -> u.getName()).toList(), "one unit per name");

        Workflow expenses = portfolio.getWorkflows().stream().filter(w -> w.getName().equals("Expenses")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Check expense report", "Approve"), expenses.getSteps().stream().map(s -> s.getName()).toList());
        assertEquals(expenses.getSteps(), useCase(portfolio, "Expense report checks").getSteps(),
                "two steps in one cell, split on the separator");
        assertEquals(AiPattern.SEARCH_KNOWLEDGE, useCase(portfolio, "Policy wording assistant").getAiPattern());
        assertFalse(useCase(portfolio, "Policy wording assistant").getBusinessCase().isSetAnnualCostAvoided(),
                "an empty cell sets nothing");
    }

    @Test
    void importsAFrenchWindows1252InventoryWithDecimalCommas() throws Exception {
        Portfolio portfolio = InventoryFixtures.portfolio();
        InventoryTable table = table("inventaire-ia.csv");
        assertEquals("CSV, windows-1252, delimiter ;", table.description());
        assertEquals("Intitulé", table.headers().get(1));
        InventoryMapping mapping = MappingProposer.propose(table.headers(), InventoryFixtures.CRITERIA, "inventaire");
        assertEquals(Field.COST_AVOIDED, mapping.column("Économies annuelles").field());
        assertEquals(new ColumnMapping("Maturité des données", Field.SCORE, "data-process-maturity"),
                mapping.column("Maturité des données"));
        ImportPlan plan = plan(portfolio, table, mapping);
        assertEquals(List.of(), plan.problems());
        InventoryImport.apply(plan);
        UseCase mail = useCase(portfolio, "Tri du courrier entrant");
        assertEquals(3.5, score(mail, "strategic-value"));
        assertEquals(30_000.5, mail.getBusinessCase().getOneOffCost());
        assertEquals(85_000, mail.getBusinessCase().getAnnualCostAvoided());
        assertEquals(UseCaseStatus.PILOT, mail.getStatus(), "« En cours »");
        assertEquals(UseCaseStatus.IDEA, useCase(portfolio, "Assistant RH").getStatus());
        assertEquals(AiPattern.CONVERSATIONAL_ASSISTANT, useCase(portfolio, "Assistant RH").getAiPattern());
        UseCase fraud = useCase(portfolio, "Détection de fraude aux sinistres");
        assertEquals(UseCaseStatus.APPROVED, fraud.getStatus());
        assertEquals(AiPattern.ANOMALY_DETECTION, fraud.getAiPattern());
        assertEquals(1_250_000, fraud.getBusinessCase().getAnnualCostAvoided());
    }

    @Test
    void theDryRunOfABadInventoryNamesTheRowAndColumnOfEveryProblem() throws Exception {
        Portfolio portfolio = InventoryFixtures.portfolio();
        InventoryTable table = table("inventory-bad.csv");
        InventoryMapping mapping = MappingProposer.propose(table.headers(), InventoryFixtures.CRITERIA, "bad");
        ImportPlan plan = plan(portfolio, table, mapping);
        List<String> problems = plan.problems().stream().map(p -> p.describe("inventory-bad.csv", Locale.ENGLISH))
                .toList();
        assertEquals(List.of(
                "inventory-bad.csv: row 1, column E (Sustainability score): unknown criterion \"sustainability\": the column "
                        + "is not imported (installed criteria: brand-impact, compliance-risk, customer-experience, "
                        + "data-process-maturity, financial-potential, initiative-alignment, strategic-value, "
                        + "technical-complexity)",
                "inventory-bad.csv: row 3, column F (Annual savings): \"a lot\" is not a number",
                "inventory-bad.csv: row 4, column A (Ref): duplicate id \"B-1\", already at row 2",
                "inventory-bad.csv: row 5, column D (Strategic value): 7 is outside the scale of Strategic business "
                        + "value (1 to 5)",
                "inventory-bad.csv: row 6, column C (Status): unknown status \"Maybe later\" (values: idea, qualified, "
                        + "businessCase, approved, pilot, deployed, rejected; or map the word in the mapping's \"values\")",
                "inventory-bad.csv: row 7, column H: the row has 8 cells but the header only 7 columns",
                "inventory-bad.csv: row 8, column B (Use case): the name is empty"), problems);
        assertEquals(1, plan.count(Action.CREATE));
        assertEquals(6, plan.count(Action.REJECT));
        assertTrue(plan.problems().stream().skip(1).allMatch(ImportProblem::rejectsRow));
        assertEquals(0, portfolio.getUseCases().size());

        mapping.values(Field.STATUS).put("Maybe later", "idea");
        assertEquals(2, plan(portfolio, table, mapping).count(Action.CREATE), "a word mapped by the user");
    }

    @Test
    void reimportingTheNextVersionUpdatesInsteadOfDuplicatingAndKeepsTheUsersEdits() throws Exception {
        Portfolio portfolio = InventoryFixtures.portfolio();
        InventoryTable first = table("ai-inventory.csv");
        InventoryMapping mapping = MappingProposer.propose(first.headers(), InventoryFixtures.CRITERIA, "ai-inventory");
        InventoryImport.apply(plan(portfolio, first, mapping));
        UseCase triage = useCase(portfolio, "Claims triage");
        triage.setRejectionReason(null);
        triage.getBusinessCase().setRisks("Misrouted urgent claims: keep a human check on the urgent queue.");
        triage.setOwner("Claims product owner");
        UseCase wording = useCase(portfolio, "Policy wording assistant");
        String wordingId = EcoreUtil.getURI(wording).fragment();

        InventoryMapping again = InventoryMapping.parse("map.json", mapping.toJson());
        ImportPlan plan = plan(portfolio, table("ai-inventory-v2.csv"), again);
        assertEquals(List.of(), plan.problems());
        assertEquals(List.of("AI-001 UNCHANGED", "AI-002 UPDATE", "AI-003 UNCHANGED", "AI-004 UNCHANGED",
                "AI-005 UNCHANGED", "AI-006 CREATE"),
                plan.rows().stream().map(r -> r.id() + " " + r.action()).toList());
        InventoryImport.apply(plan);

        assertEquals(6, portfolio.getUseCases().size(), "one new, none duplicated");
        assertEquals(UseCaseStatus.PILOT, triage.getStatus());
        assertEquals(335_000, triage.getBusinessCase().getAnnualCostAvoided());
        assertEquals("Misrouted urgent claims: keep a human check on the urgent queue.", triage.getBusinessCase().getRisks(),
                "what the user wrote outside the mapped columns stays");
        assertEquals("Claims product owner", triage.getOwner());
        assertEquals(1, triage.getScores().stream().filter(s -> s.getCriterionId().equals("strategic-value")).count());
        assertEquals(wordingId, EcoreUtil.getURI(useCase(portfolio, "Policy wording assistant")).fragment());
        assertEquals(1, portfolio.getWorkflows().stream().filter(w -> w.getName().equals("Claims intake")).count());
    }

    @Test
    void aMappingFileRoundTripsAndAnEditedOneOverridesTheProposal() throws Exception {
        InventoryTable table = table("ai-inventory.csv");
        InventoryMapping mapping = MappingProposer.propose(table.headers(), InventoryFixtures.CRITERIA, "ai-inventory");
        mapping.values(Field.STATUS).put("On hold", "qualified");
        mapping.set(ColumnMapping.ignored("Budget line"));
        mapping.setSeparator("|");
        String json = mapping.toJson();
        InventoryMapping read = InventoryMapping.parse("map.json", json);
        assertEquals(json, read.toJson());
        assertEquals(Field.IGNORE, read.column("Budget line").field());
        assertEquals("qualified", read.values(Field.STATUS).get("On hold"));

        Portfolio portfolio = InventoryFixtures.portfolio();
        InventoryImport.apply(plan(portfolio, table, read));
        UseCase expenses = useCase(portfolio, "Expense report checks");
        assertEquals(List.of("Check expense report;Approve"), expenses.getSteps().stream().map(s -> s.getName()).toList(),
                "the mapping's separator");
        assertTrue(expenses.getProperties().isEmpty(), "an ignored column");
    }

    @Test
    void withoutCreatingContainersAMissingWorkflowIsReportedAndTheRowStillImports() throws Exception {
        Portfolio portfolio = InventoryFixtures.portfolio();
        InventoryTable table = table("ai-inventory.csv");
        InventoryMapping mapping = MappingProposer.propose(table.headers(), InventoryFixtures.CRITERIA, "ai-inventory");
        mapping.setCreateMissing(false);
        ImportPlan plan = plan(portfolio, table, mapping);
        assertEquals(5, plan.count(Action.CREATE));
        ImportProblem first = plan.problems().get(0);
        assertEquals(2, first.row());
        assertEquals("not found in the organisation units: \"Finance\" (not anchored; let the import create what is "
                + "missing)", first.message());
        assertFalse(first.rejectsRow());
        InventoryImport.apply(plan);
        assertTrue(portfolio.getWorkflows().isEmpty());
        assertNotNull(useCase(portfolio, "Claims triage"));
    }
}

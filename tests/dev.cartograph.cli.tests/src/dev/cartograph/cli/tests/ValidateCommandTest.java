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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Workflow;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationRule;

/**
 * {@code validate FILE...} and its exit codes. Three portfolios, each with findings of one severity
 * only (see the validation bundle's RULES.md):
 * <ul>
 * <li>infos: a workflow without steps ({@code workflow.noSteps}, info);</li>
 * <li>warnings: an idea attached to no step or stage ({@code usecase.unanchored}, a warning for an idea);</li>
 * <li>errors: the same, at the business case stage ({@code usecase.unanchored} becomes an error) with a
 * business case.</li>
 * </ul>
 */
class ValidateCommandTest {

    @TempDir
    Path directory;

    private Portfolio warnings;
    private Cli cli;

    @BeforeEach
    void writePortfolios() {
        Portfolio infos = Portfolios.FACTORY.createPortfolio();
        infos.setName("Infos");
        Workflow workflow = Portfolios.FACTORY.createWorkflow();
        workflow.setName("Claims intake");
        infos.getWorkflows().add(workflow);
        Portfolios.write(infos, directory, "infos.cartograph");

        warnings = Portfolios.FACTORY.createPortfolio();
        warnings.setName("Warnings");
        warnings.getUseCases().add(Portfolios.useCase("Mailbox triage", Scope.INTERNAL, UseCaseStatus.IDEA, 3, 2));
        Portfolios.write(warnings, directory, "warnings.cartograph");

        Portfolio errors = Portfolios.FACTORY.createPortfolio();
        errors.setName("Errors");
        errors.getUseCases().add(Portfolios.useCase("Mailbox triage", Scope.INTERNAL, UseCaseStatus.BUSINESS_CASE, 3, 2));
        Portfolios.write(errors, directory, "errors.cartograph");
        cli = new Cli(TestCriteria.grid(), directory);
    }

    @ParameterizedTest(name = "{0} --fail-on {1}: exit {2}")
    @CsvSource({
        "infos.cartograph, error, 0", "infos.cartograph, warning, 0", "infos.cartograph, info, 1",
        "warnings.cartograph, error, 0", "warnings.cartograph, warning, 1", "warnings.cartograph, info, 1",
        "errors.cartograph, error, 1", "errors.cartograph, warning, 1", "errors.cartograph, info, 1" })
    void theExitCodeSaysWhetherAFindingReachesTheThreshold(String file, String failOn, int exitCode) {
        Cli.Run run = cli.run("validate", file, "--fail-on", failOn);

        assertEquals(exitCode, run.exitCode(), run.out());
        assertEquals("", run.err());
    }

    @Test
    void failsOnErrorsByDefault() {
        assertEquals(0, cli.run("validate", "warnings.cartograph").exitCode());
        assertEquals(1, cli.run("validate", "errors.cartograph").exitCode());
    }

    @Test
    void aFindingNamesTheFileTheRuleTheElementAndItsId() {
        Map<String, Object> json = Json.object(cli.run("validate", "warnings.cartograph", "--format", "json").out());

        assertEquals("error", json.get("failOn"));
        List<Map<String, Object>> findings = Json.rows(json, "findings");
        assertEquals(1, findings.size(), findings.toString());
        Map<String, Object> finding = findings.get(0);
        assertEquals("warnings.cartograph", finding.get("file"));
        assertEquals("warning", finding.get("severity"));
        assertEquals("usecase.unanchored", finding.get("rule"));
        assertEquals("Use case 'Mailbox triage'", finding.get("element"));
        assertEquals(Portfolios.id(warnings, "Mailbox triage"), finding.get("id"));
        assertTrue(((String) finding.get("message")).contains("Mailbox triage"), finding.toString());
        assertEquals(List.of(Map.of("file", "warnings.cartograph", "errors", 0.0, "warnings", 1.0, "infos", 0.0,
                "result", "passed")), Json.rows(json, "files"));
    }

    @Test
    void anUnreadableFileIsOneLineAndTheOthersAreStillValidated() {
        Cli.Run run = cli.run("validate", "warnings.cartograph", "missing.cartograph", "errors.cartograph",
                "--format", "csv");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("missing.cartograph: the file does not exist"), run.errLines());
        List<Map<String, String>> rows = Csv.rows(run.out());
        List<Map<String, String>> files = rows.stream().filter(r -> r.get("section").equals("files")).toList();
        assertEquals(List.of("warnings.cartograph", "missing.cartograph", "errors.cartograph"),
                files.stream().map(r -> r.get("file")).toList());
        assertEquals(List.of("passed", "unreadable", "failed"), files.stream().map(r -> r.get("result")).toList());
        assertTrue(rows.stream().anyMatch(r -> r.get("section").equals("findings")
                && r.get("file").equals("errors.cartograph") && r.get("severity").equals("error")
                && r.get("rule").equals("usecase.unanchored")), run.out());
    }

    @Test
    void theTableGroupsFindingsThenFiles() {
        Cli.Run run = cli.run("validate", "infos.cartograph");

        assertEquals(0, run.exitCode());
        List<String> lines = List.of(run.out().split("\n"));
        assertEquals("Validation", lines.get(0));
        assertEquals("Fails on: Error", lines.get(1));
        int findings = lines.indexOf("Findings");
        assertTrue(lines.get(findings + 1).startsWith("File              Severity     Rule              Element"),
                lines.get(findings + 1));
        assertTrue(lines.get(findings + 3).startsWith("infos.cartograph  Information  workflow.noSteps  "
                + "Workflow 'Claims intake'"), lines.get(findings + 3));
        assertTrue(lines.contains("infos.cartograph       0         0      1  passed"), run.out());
    }

    @Test
    void contributedRulesRunAndRefusedOnesAreNamedWithTheirBundle() {
        RuleRegistry rules = RuleRegistry.withBuiltInRules();
        rules.add(ValidationRule.builder("acme.sponsorNamed").label("Sponsor named").severity(FindingSeverity.ERROR)
                .contributor("com.acme.rules").check(context -> {
                    for (UseCase useCase : context.portfolio().getUseCases()) {
                        if (useCase.getSponsor() == null) {
                            context.report(useCase, "\"" + useCase.getName() + "\" has no sponsor");
                        }
                    }
                }).build());
        rules.add(ValidationRule.builder("acme.sponsorNamed").label("Again").contributor("com.acme.copycat")
                .check(context -> { }).build());

        Cli.Run run = cli.rules(rules).run("validate", "warnings.cartograph", "--format", "json");

        assertEquals(1, run.exitCode(), "the contributed rule finds an error");
        Map<String, Object> json = Json.object(run.out());
        Map<String, Object> finding = Json.rows(json, "findings").get(0);
        assertEquals("acme.sponsorNamed", finding.get("rule"));
        assertEquals("error", finding.get("severity"));
        assertEquals("\"Mailbox triage\" has no sponsor", finding.get("message"));
        @SuppressWarnings("unchecked")
        List<String> notes = (List<String>) json.get("notes");
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("The rule 'acme.sponsorNamed' of com.acme.copycat is not installed: "),
                notes.get(0));
    }

    @Test
    void anUnknownSeverityIsAUsageError() {
        Cli.Run run = cli.run("validate", "infos.cartograph", "--fail-on", "fatal");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("cartograph validate: option --fail-on: 'fatal' is not a severity; expected error, warning "
                + "or info (see 'cartograph validate --help')"), run.errLines());
    }
}

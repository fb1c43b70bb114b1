// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cartograph.cli.ExitCodes;
import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.Elements;
import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.Labels;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.UsageException;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Format;
import dev.cartograph.cli.internal.output.Label;
import dev.cartograph.cli.internal.output.Section;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.RuleFailure;
import dev.cartograph.validation.ValidationOptions;
import dev.cartograph.validation.ValidationReport;

/**
 * {@code validate FILE...}: checks portfolios against the installed rules. Every finding names
 * the file, the rule, the element (its name and id) and says what is wrong. Exit code 0 when no
 * finding reaches {@code --fail-on} (error by default), 1 when one does, 2 when a file cannot be
 * read (the other files are still validated).
 */
public final class ValidateCommand implements Command {

    private static final String FAIL_ON = "fail-on"; //$NON-NLS-1$

    @Override
    public String name() {
        return "validate"; //$NON-NLS-1$
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec(FAIL_ON, "LEVEL", "Option_failOn"), OptionSpec.FORMAT); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public int minArguments() {
        return 1;
    }

    @Override
    public int maxArguments() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int run(Invocation invocation) throws UsageException {
        FindingSeverity failOn = failOn(invocation);
        ValidationOptions options = ValidationOptions.defaults().withLocale(invocation.locale());
        PortfolioValidation validation = new PortfolioValidation(invocation.environment().rules());
        Document document = new Document("validate", invocation.text("Title_validate")); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("failOn", invocation.text("Field_failOn"), //$NON-NLS-1$ //$NON-NLS-2$
                new Label(failOn.id(), failOn.label(invocation.locale())));
        Section findings = document.section(findingsSection(invocation));
        Section files = document.section(filesSection(invocation));
        for (RuleFailure failure : invocation.environment().ruleFailures()) {
            document.note(invocation.text("Note_ruleContributionFailed", failure.ruleId(), failure.contributor(), //$NON-NLS-1$
                    failure.message()));
        }
        boolean unreadable = false;
        boolean failed = false;
        for (String argument : invocation.arguments()) {
            LoadedPortfolio loaded;
            try {
                loaded = invocation.load(argument);
            } catch (InputException e) {
                invocation.environment().err().println(e.getMessage());
                files.add(argument, null, null, null, result(invocation, "unreadable")); //$NON-NLS-1$
                unreadable = true;
                continue;
            }
            ValidationReport report = validation.validate(loaded.portfolio(), invocation.environment().engine(),
                    options);
            for (Finding finding : report.findings()) {
                findings.add(argument, new Label(finding.severity().id(), finding.severity().label(invocation.locale())),
                        finding.ruleId(), Elements.describe(finding.element(), invocation.locale()),
                        Labels.id(finding.element()), finding.message());
            }
            for (RuleFailure failure : report.failures()) {
                document.note(invocation.text("Note_ruleFailed", argument, failure.message())); //$NON-NLS-1$
            }
            boolean fails = report.hasFindingsAtLeast(failOn);
            failed |= fails;
            files.add(argument, report.count(FindingSeverity.ERROR), report.count(FindingSeverity.WARNING),
                    report.count(FindingSeverity.INFO), result(invocation, fails ? "failed" : "passed")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        summarise(invocation, document, findings);
        invocation.print(document);
        if (unreadable) {
            return ExitCodes.ERROR;
        }
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * Begins a list of findings longer than a screenful, for people (table and Markdown), with
     * a count per severity and rule, the most severe and most frequent first.
     */
    private static void summarise(Invocation invocation, Document document, Section findings) {
        int screenful = invocation.environment().lines();
        if (screenful <= 0 || findings.rows().size() <= screenful
                || invocation.format() != Format.TABLE && invocation.format() != Format.MARKDOWN) {
            return;
        }
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        for (Object[] row : findings.rows()) {
            counts.merge(List.of(row[1], row[2]), 1, Integer::sum);
        }
        List<FindingSeverity> order = List.of(FindingSeverity.ERROR, FindingSeverity.WARNING, FindingSeverity.INFO);
        Section summary = document.sectionBefore(findings, new Section("summary", //$NON-NLS-1$
                invocation.text("Section_findingsSummary", findings.rows().size()), null, //$NON-NLS-1$
                Column.text("severity", invocation.text("Column_severity")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("rule", invocation.text("Column_rule")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("count", invocation.text("Column_count")))); //$NON-NLS-1$ //$NON-NLS-2$
        counts.entrySet().stream().sorted(Comparator
                .comparingInt((Map.Entry<List<Object>, Integer> e) -> order.indexOf(FindingSeverity.parse(
                        ((Label) e.getKey().get(0)).id()).orElse(FindingSeverity.INFO)))
                .thenComparing(Map.Entry.comparingByValue(Comparator.reverseOrder())))
                .forEach(e -> summary.add(e.getKey().get(0), e.getKey().get(1), e.getValue()));
    }

    private static FindingSeverity failOn(Invocation invocation) throws UsageException {
        String value = invocation.option(FAIL_ON).orElse(FindingSeverity.ERROR.id());
        return FindingSeverity.parse(value)
                .orElseThrow(() -> new UsageException(invocation.text("Usage_badFailOn", value))); //$NON-NLS-1$
    }

    private static Section findingsSection(Invocation invocation) {
        return new Section("findings", invocation.text("Section_findings"), invocation.text("Empty_findings"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Column.text("file", invocation.text("Column_file")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("severity", invocation.text("Column_severity")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("rule", invocation.text("Column_rule")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("element", invocation.text("Column_element")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("id", invocation.text("Column_id")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("message", invocation.text("Column_message"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Section filesSection(Invocation invocation) {
        return new Section("files", invocation.text("Section_files"), null, //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("file", invocation.text("Column_file")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("errors", invocation.text("Column_errors")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("warnings", invocation.text("Column_warnings")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("infos", invocation.text("Column_infos")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("result", invocation.text("Column_result"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Label result(Invocation invocation, String id) {
        return new Label(id, invocation.text("Result_" + id)); //$NON-NLS-1$
    }
}

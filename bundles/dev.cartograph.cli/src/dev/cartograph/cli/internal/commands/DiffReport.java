// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.util.Locale;

import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.Labels;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Label;
import dev.cartograph.cli.internal.output.Section;
import dev.cartograph.compare.Change;
import dev.cartograph.compare.report.Consequence;
import dev.cartograph.compare.report.DescribedChange;
import dev.cartograph.compare.report.FindingChange;
import dev.cartograph.compare.report.PortfolioComparison;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.Standing;

/**
 * The semantic diff as a document: a summary, what the changes do to the decision, the validation findings they
 * introduce or fix, then the changes themselves, grouped by journey, workflow and use case (folded in Markdown, so
 * that a pull-request comment opens on the summary).
 */
final class DiffReport {

    private DiffReport() {
    }

    static Document document(Invocation invocation, String before, String after, PortfolioComparison comparison) {
        Document document = new Document("diff", invocation.text("Title_diff", before, after)); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("old", invocation.text("Field_diffOld"), before); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("new", invocation.text("Field_diffNew"), after); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("total", invocation.text("Field_diffChanges"), comparison.changes().size()); //$NON-NLS-1$ //$NON-NLS-2$
        for (Change.Kind kind : Change.Kind.values()) {
            String key = kind.name().toLowerCase(Locale.ROOT);
            document.field(key, invocation.text("Field_diff_" + key), (int) comparison.count(kind)); //$NON-NLS-1$
        }
        decision(document, invocation, comparison);
        findings(document, invocation, comparison);
        changes(document, invocation, comparison);
        return document;
    }

    private static void decision(Document document, Invocation invocation, PortfolioComparison comparison) {
        Section section = document.section(new Section("decision", invocation.text("Section_diffDecision"), //$NON-NLS-1$ //$NON-NLS-2$
                invocation.text("Empty_diffDecision"), //$NON-NLS-1$
                Column.text("useCase", invocation.text("Column_useCase")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("measure", invocation.text("Column_diffMeasure")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("before", invocation.text("Column_diffBefore")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("after", invocation.text("Column_diffAfter")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("id", invocation.text("Column_id")))); //$NON-NLS-1$ //$NON-NLS-2$
        Labels labels = new Labels(invocation.locale());
        for (Consequence consequence : comparison.decision().consequences()) {
            section.add(consequence.useCase(),
                    new Label(Label.idOf(consequence.measure()),
                            invocation.text("Measure_" + Label.idOf(consequence.measure()))), //$NON-NLS-1$
                    value(invocation, labels, consequence.measure(), consequence.before()),
                    value(invocation, labels, consequence.measure(), consequence.after()), consequence.useCaseId());
        }
    }

    private static Label value(Invocation invocation, Labels labels, Consequence.Measure measure, Object value) {
        if (value == null) {
            return new Label("", invocation.text(measure == Consequence.Measure.RANK ? "Diff_unranked" : "Diff_none")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return switch (value) {
        case Quadrant quadrant -> labels.quadrant(quadrant);
        case Standing standing -> labels.standing(standing);
        case Double number -> new Label(number.toString(), String.format(invocation.locale(), "%.1f", number)); //$NON-NLS-1$
        default -> new Label(value.toString(), value.toString());
        };
    }

    private static void findings(Document document, Invocation invocation, PortfolioComparison comparison) {
        Section section = document.section(new Section("findings", invocation.text("Section_diffFindings"), //$NON-NLS-1$ //$NON-NLS-2$
                null, Column.text("change", invocation.text("Column_diffChange")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("severity", invocation.text("Column_severity")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("rule", invocation.text("Column_rule")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("message", invocation.text("Column_message")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("id", invocation.text("Column_id")))); //$NON-NLS-1$ //$NON-NLS-2$
        for (FindingChange finding : comparison.decision().findings()) {
            String change = finding.introduced() ? "introduced" : "fixed"; //$NON-NLS-1$ //$NON-NLS-2$
            section.add(new Label(change, invocation.text("Diff_" + change)), //$NON-NLS-1$
                    new Label(finding.severity().id(), finding.severity().label(invocation.locale())),
                    finding.ruleId(), finding.message(), finding.elementId());
        }
    }

    private static void changes(Document document, Invocation invocation, PortfolioComparison comparison) {
        Section section = document.section(new Section("changes", invocation.text("Section_diffChanges"), //$NON-NLS-1$ //$NON-NLS-2$
                invocation.text("Empty_diffChanges"), //$NON-NLS-1$
                Column.text("group", invocation.text("Column_diffGroup")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("change", invocation.text("Column_diffChange")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("element", invocation.text("Column_diffElement")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("feature", invocation.text("Column_diffFeature")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("before", invocation.text("Column_diffBefore")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("after", invocation.text("Column_diffAfter")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("id", invocation.text("Column_id")))).folded(); //$NON-NLS-1$ //$NON-NLS-2$
        for (DescribedChange change : comparison.described()) {
            String kind = change.change().kind().name().toLowerCase(Locale.ROOT);
            section.add(change.group(), new Label(kind, invocation.text("Diff_" + kind)), change.element(), //$NON-NLS-1$
                    change.change().feature() == null ? null : new Label(change.change().feature(), change.feature()),
                    change.before(), change.after(), change.change().elementId());
        }
    }
}

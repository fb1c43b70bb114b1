// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import dev.cartograph.compare.report.Consequence;
import dev.cartograph.compare.report.DescribedChange;
import dev.cartograph.compare.report.FindingChange;
import dev.cartograph.compare.report.PortfolioComparison;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.Standing;

/**
 * The semantic diff as the tree the Portfolio Differences view shows: first what the changes do to the decision (a
 * node per use case, a row per measure that moved), then the validation findings introduced or fixed, then the
 * changes grouped by journey, workflow and use case, element by element, each changed feature with its old and new
 * value.
 */
final class DiffTree {

    /**
     * One row of the tree.
     *
     * @param label what the row is
     * @param before the old value, {@code ""} if none
     * @param after the new value, {@code ""} if none
     * @param elementId the element it is about, to reveal in the editor, {@code null} if none
     * @param children the rows below it
     */
    record Node(String label, String before, String after, String elementId, List<Node> children) {
    }

    private DiffTree() {
    }

    static List<Node> of(PortfolioComparison comparison, Locale locale) {
        List<Node> roots = new ArrayList<>();
        Map<String, Node> useCases = new LinkedHashMap<>();
        for (Consequence consequence : comparison.decision().consequences()) {
            Node useCase = useCases.computeIfAbsent(consequence.useCaseId(),
                    id -> new Node(consequence.useCase(), "", "", id, new ArrayList<>())); //$NON-NLS-1$ //$NON-NLS-2$
            useCase.children().add(new Node(measure(consequence.measure()),
                    value(consequence.measure(), consequence.before(), locale),
                    value(consequence.measure(), consequence.after(), locale), consequence.useCaseId(), List.of()));
        }
        roots.add(new Node(useCases.isEmpty() ? Messages.DiffView_decisionUnchanged : Messages.DiffView_decision, "", //$NON-NLS-1$
                "", null, new ArrayList<>(useCases.values()))); //$NON-NLS-1$
        if (!comparison.decision().findings().isEmpty()) {
            List<Node> findings = new ArrayList<>();
            for (FindingChange finding : comparison.decision().findings()) {
                String change = finding.introduced() ? Messages.DiffView_introduced : Messages.DiffView_fixed;
                findings.add(new Node(NLS.bind(Messages.DiffView_finding, change, finding.severity().label(locale)),
                        finding.introduced() ? "" : finding.message(), finding.introduced() ? finding.message() : "", //$NON-NLS-1$ //$NON-NLS-2$
                        finding.elementId(), List.of()));
            }
            roots.add(new Node(Messages.DiffView_findings, "", "", null, findings)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Map<String, Node> groups = new LinkedHashMap<>();
        Map<String, Node> elements = new LinkedHashMap<>();
        for (DescribedChange change : comparison.described()) {
            Node group = groups.computeIfAbsent(change.groupId(),
                    id -> new Node(change.group(), "", "", id, new ArrayList<>())); //$NON-NLS-1$ //$NON-NLS-2$
            String elementId = change.change().elementId();
            Node element = elements.computeIfAbsent(change.groupId() + '/' + elementId, key -> {
                Node created = new Node(change.element(), "", "", elementId, new ArrayList<>()); //$NON-NLS-1$ //$NON-NLS-2$
                group.children().add(created);
                return created;
            });
            element.children().add(new Node(kind(change), text(change.before()), text(change.after()), elementId,
                    List.of()));
        }
        roots.add(new Node(groups.isEmpty() ? Messages.DiffView_noChange
                : NLS.bind(Messages.DiffView_changes, comparison.changes().size()), "", "", null, //$NON-NLS-1$ //$NON-NLS-2$
                new ArrayList<>(groups.values())));
        return roots;
    }

    private static String kind(DescribedChange change) {
        return switch (change.change().kind()) {
        case ADDED -> Messages.DiffView_added;
        case REMOVED -> Messages.DiffView_removed;
        case MOVED -> NLS.bind(Messages.DiffView_moved, change.feature());
        case CHANGED -> change.feature();
        };
    }

    private static String text(String value) {
        return value == null ? "" : value.replace('\n', ' '); //$NON-NLS-1$
    }

    private static String measure(Consequence.Measure measure) {
        return switch (measure) {
        case RANK -> Messages.DiffView_rank;
        case STANDING -> Messages.DiffView_standing;
        case QUADRANT -> Messages.DiffView_quadrant;
        case OVERALL -> Messages.DiffView_overall;
        case IMPACT -> Messages.DiffView_impact;
        case FEASIBILITY -> Messages.DiffView_feasibility;
        case WAVE -> Messages.DiffView_wave;
        };
    }

    private static String value(Consequence.Measure measure, Object value, Locale locale) {
        if (value == null) {
            return measure == Consequence.Measure.RANK ? Messages.DiffView_unranked : Messages.DiffView_none;
        }
        return switch (value) {
        case Quadrant quadrant -> quadrant.label(locale);
        case Standing standing -> standing.label(locale);
        case Double number -> String.format(locale, "%.1f", number); //$NON-NLS-1$
        default -> value.toString();
        };
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.Labels;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Section;
import dev.cartograph.model.OrganisationUnit;
import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;

/**
 * {@code rank --by-unit}: per organisation unit of the portfolio, in its order, how many use cases
 * it has with those of its sub-units, how many are ranked (and of them on partial scores),
 * incomplete, gated and rejected; then the use cases of no unit.
 */
final class UnitCounts {

    /** The option's name. */
    static final String OPTION = "by-unit"; //$NON-NLS-1$

    private static final int USE_CASES = 0;
    private static final int RANKED = 1;
    private static final int PARTIAL = 2;
    private static final int INCOMPLETE = 3;
    private static final int GATED = 4;
    private static final int REJECTED = 5;

    private UnitCounts() {
    }

    /**
     * Adds the section.
     *
     * @param document the document
     * @param invocation the invocation
     * @param result the scoring
     */
    static void add(Document document, Invocation invocation, ScoringResult result) {
        Portfolio portfolio = result.portfolio();
        Map<OrganisationUnit, int[]> counts = new IdentityHashMap<>();
        for (OrganisationUnit unit : portfolio.getUnits()) {
            counts.put(unit, new int[6]);
        }
        int[] none = new int[6];
        for (UseCaseScore score : result.all()) {
            OrganisationUnit unit = score.useCase().getUnit();
            if (unit == null) {
                count(none, score);
                continue;
            }
            // the unit and every unit above it, once each even if the parents loop
            Set<OrganisationUnit> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (OrganisationUnit current = unit; current != null && seen.add(current); current = current.getParent()) {
                count(counts.computeIfAbsent(current, k -> new int[6]), score);
            }
        }
        Section section = document.section(new Section("units", invocation.text("Section_units"), //$NON-NLS-1$ //$NON-NLS-2$
                invocation.text("Empty_units"), //$NON-NLS-1$
                Column.text("unit", invocation.text("Column_unit")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("parent", invocation.text("Column_parentUnit")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("useCases", invocation.text("Column_useCases")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("ranked", invocation.text("Column_ranked")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("partial", invocation.text("Column_rankedPartially")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("incomplete", invocation.text("Column_incomplete")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("gated", invocation.text("Column_gated")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("rejected", invocation.text("Column_rejected")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("id", invocation.text("Column_id")))); //$NON-NLS-1$ //$NON-NLS-2$
        for (OrganisationUnit unit : portfolio.getUnits()) {
            int[] c = counts.get(unit);
            section.add(name(invocation, unit), unit.getParent() == null ? null : name(invocation, unit.getParent()),
                    c[USE_CASES], c[RANKED], c[PARTIAL], c[INCOMPLETE], c[GATED], c[REJECTED], Labels.id(unit));
        }
        if (none[USE_CASES] > 0) {
            section.add(invocation.text("Unit_none"), null, none[USE_CASES], none[RANKED], none[PARTIAL], //$NON-NLS-1$
                    none[INCOMPLETE], none[GATED], none[REJECTED], null);
        }
    }

    private static String name(Invocation invocation, OrganisationUnit unit) {
        return unit.getName() == null || unit.getName().isBlank() ? invocation.text("Name_unnamed") : unit.getName(); //$NON-NLS-1$
    }

    private static void count(int[] c, UseCaseScore score) {
        c[USE_CASES]++;
        Standing standing = score.standing();
        switch (standing) {
        case RANKED -> {
            c[RANKED]++;
            if (score.isPartial()) {
                c[PARTIAL]++;
            }
        }
        case INCOMPLETE -> c[INCOMPLETE]++;
        case BLOCKED, NOT_READY -> c[GATED]++;
        case REJECTED -> c[REJECTED]++;
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.GateHit;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.ui.internal.Formats;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.forms.FieldFactory;
import dev.cartograph.ui.scoring.PortfolioScoring;

/**
 * The live result of the shared grid for the selected use case: rank, overall, impact and
 * feasibility scores, quadrant, standing, and why it is gated or incomplete.
 */
final class ScoreSummary {

    private final FieldFactory fields;
    private final Label summary;
    private final Label reasons;
    private final PortfolioScoring session;
    private final PortfolioScoring.Listener listener = result -> update();

    ScoreSummary(FieldFactory fields, Composite parent) {
        this.fields = fields;
        this.session = fields.editor().getScoring();
        summary = fields.toolkit().createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(summary);
        reasons = fields.toolkit().createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(reasons);
        fields.master().addValueChangeListener(event -> update());
        if (session != null) {
            session.addListener(listener);
            summary.addDisposeListener(event -> session.removeListener(listener));
        }
        update();
    }

    private void update() {
        if (summary.isDisposed()) {
            return;
        }
        ScoringResult result = session == null ? null : session.current();
        UseCaseScore score = result != null && fields.master().getValue() instanceof UseCase useCase
                ? result.find(useCase).orElse(null)
                : null;
        if (score == null) {
            summary.setText(""); //$NON-NLS-1$
            reasons.setText(""); //$NON-NLS-1$
            return;
        }
        int rank = result.rankOf(score.useCase());
        summary.setText(Messages.bind(Messages.ScoreSummary_line, new Object[] {
                rank == 0 ? Messages.ScoreSummary_unranked : Messages.bind(Messages.ScoreSummary_rank, result.rankLabel(score.useCase()), result.ranking().size()),
                Formats.score(score.overall()), Formats.score(score.impact()), Formats.score(score.feasibility()),
                score.quadrant() == null ? Messages.ScoreSummary_noQuadrant : score.quadrant().label(), score.standing().label() }));
        StringBuilder why = new StringBuilder();
        for (GateHit hit : score.gates()) {
            why.append(hit.message()).append('\n');
        }
        if (score.isPartial()) {
            why.append(Messages.bind(Messages.ScoreSummary_partial, score.scoredCount(), score.criteriaCount())).append('\n');
        }
        if (!score.missing().isEmpty()) {
            why.append(Messages.bind(Messages.ScoreSummary_missing,
                    score.missing().stream().map(Criterion::label).collect(Collectors.joining(", ")))); //$NON-NLS-1$
        }
        reasons.setText(why.toString().strip());
        summary.getParent().layout(true, true);
    }
}

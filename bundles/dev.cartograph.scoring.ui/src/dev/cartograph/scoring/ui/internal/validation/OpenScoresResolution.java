// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * The quick fix of a use case that lacks scores: nothing to repair by itself, so it opens the
 * place where the scores are typed. The use case is shown in its editor and its first unscored
 * criterion is selected in the Ranking, where typing a level's number scores it (undoably).
 */
public final class OpenScoresResolution implements IMarkerResolution2 {

    @Override
    public String getLabel() {
        return Messages.QuickFix_openScores;
    }

    @Override
    public String getDescription() {
        return Messages.QuickFix_openScoresDescription;
    }

    @Override
    public Image getImage() {
        return ScoringUiPlugin.image(ScoringUiPlugin.IMG_VALIDATE);
    }

    @Override
    public void run(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file)) {
            return;
        }
        PortfolioEditor editor = QuickFixResolution.open(file);
        if (editor == null || editor.getPortfolio() == null) {
            return;
        }
        EObject element = MarkerElements.elementOf(editor.getResource(), marker);
        if (element instanceof UseCase useCase) {
            open(editor, useCase);
        }
    }

    /**
     * Shows the use case in the editor and its first unscored criterion in the Ranking.
     *
     * @param editor the portfolio's editor
     * @param useCase the use case
     * @return the Ranking, or {@code null} if it could not be shown
     */
    public static RankingView open(PortfolioEditor editor, UseCase useCase) {
        editor.showElements(List.of(useCase));
        UseCaseScore score = Validations.scoringOf(editor.getPortfolio()).find(useCase).orElse(null);
        String criterionId = score == null || score.missing().isEmpty() ? null
                : score.missing().get(0).id();
        IWorkbenchPage page = editor.getSite().getPage();
        try {
            IViewPart view = page.showView(ScoringUi.RANKING_VIEW_ID, null, IWorkbenchPage.VIEW_ACTIVATE);
            if (view instanceof RankingView ranking) {
                ranking.showScore(useCase, criterionId);
                return ranking;
            }
        } catch (PartInitException e) {
            ScoringUiPlugin.log(IStatus.ERROR, e.getMessage(), e);
        }
        return null;
    }
}

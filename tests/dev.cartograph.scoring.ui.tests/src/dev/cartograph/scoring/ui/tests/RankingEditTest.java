// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ScoreFlag;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.matrix.BubbleSpec;
import dev.cartograph.scoring.ui.internal.matrix.MatrixView;
import dev.cartograph.scoring.ui.internal.ranking.RankingCells;
import dev.cartograph.scoring.ui.internal.ranking.RankingRow;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * A steering committee member changes a score in the ranking table: the rank, the scores, the
 * matrix and the editor's dirty state follow at once, and Undo in the editor restores all.
 * <p>
 * The sample's weights are strategic value 3, customer experience 2, financial potential 3,
 * data and process maturity 2, technical complexity 2 (a cost), brand impact 1, compliance
 * risk 2 (a cost), initiative alignment 1: 10 on the impact side, 6 on feasibility, 16 in all.
 * "Storm surge call deflection" is scored by A. Novak (EA) alone: 3, 4, 3, 3, 3, 4, 2, 4. On
 * 0-100 (value - 1) x 25, costs inverted: impact (3x50 + 2x75 + 3x50 + 75 + 75) / 10 = 60,
 * feasibility (2x50 + 2x50 + 2x75) / 6 = 58.33, overall (600 + 350) / 16 = 59.375: =9, tied with the use case above it.
 */
class RankingEditTest {

    private static final String STORM = "Storm surge call deflection"; //$NON-NLS-1$
    private static final String NOVAK = "A. Novak (EA)"; //$NON-NLS-1$
    private static final String STRATEGIC_VALUE = "strategic-value"; //$NON-NLS-1$

    private final List<IStatus> errors = new ArrayList<>();
    private final ILogListener errorLog = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            errors.add(status);
        }
    };
    private PortfolioEditor editor;
    private RankingView ranking;
    private MatrixView matrix;
    private UseCase storm;

    @BeforeEach
    void openTheSample() throws Exception {
        TestWorkbench.reset();
        IFile file = TestWorkbench.write(SamplePortfolio.build(), "ranking-edit.cartograph"); //$NON-NLS-1$
        editor = TestWorkbench.open(file);
        ranking = TestWorkbench.show(ScoringUi.RANKING_VIEW_ID);
        matrix = TestWorkbench.show(ScoringUi.MATRIX_VIEW_ID);
        assertTrue(UiWait.until(() -> ranking.getModel().total() == 32), "the ranking shows the sample");
        storm = Models.useCase(editor.getPortfolio(), STORM);
        Platform.addLogListener(errorLog);
    }

    @AfterEach
    void forgetTheAssessor() {
        Platform.removeLogListener(errorLog);
        InstanceScope.INSTANCE.getNode("dev.cartograph.ui").remove("assessor"); //$NON-NLS-1$ //$NON-NLS-2$
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void theSampleIsRankedAsComputedByHand() {
        RankingRow row = row(storm);
        // tied at 59.375 with the use case above it: both are =9 (standard competition ranking)
        assertEquals(9, row.rank());
        assertTrue(row.tied());
        assertEquals(60.0, row.score().impact(), 1e-9);
        assertEquals(350.0 / 6, row.score().feasibility(), 1e-9);
        assertEquals(59.375, row.score().overall(), 1e-9);
        assertEquals(Quadrant.QUICK_WIN, row.score().quadrant());
        assertEquals(60.0, bubble(storm).impact(), 1e-9);
    }

    /**
     * As A. Novak (EA), strategic value 3 becomes 5 (100 on 0-100): impact (750) / 10 = 75,
     * overall (750 + 350) / 16 = 68.75, between #5 (70.3) and #6 (67.2): rank 6.
     */
    @Test
    void scoringInPlaceMovesTheUseCaseEverywhereAndUndoRestoresIt() {
        setAssessor(NOVAK);
        assertFalse(editor.isDirty());

        RankingCells.edit(ranking, storm, STRATEGIC_VALUE, 5);

        assertTrue(UiWait.until(() -> row(storm).rank() == 6), "new rank " + row(storm).rank());
        assertEquals(75.0, row(storm).score().impact(), 1e-9);
        assertEquals(68.75, row(storm).score().overall(), 1e-9);
        assertEquals(75.0, bubble(storm).impact(), 1e-9, "the matrix moved the bubble");
        assertTrue(editor.isDirty(), "the editor has an unsaved change");
        assertEquals(8, storm.getScores().size(), "Novak's own score was changed, none added");
        assertEquals(5.0, score(storm, NOVAK).getValue());
        assertEquals(6, ranking.getModel().positionOf(storm) + 1, "the table is re-sorted by rank");

        editor.getEditingDomain().getCommandStack().undo();

        assertTrue(UiWait.until(() -> row(storm).rank() == 9), "rank restored");
        assertEquals(59.375, row(storm).score().overall(), 1e-9);
        assertEquals(60.0, bubble(storm).impact(), 1e-9);
        assertEquals(3.0, score(storm, NOVAK).getValue());
        assertFalse(editor.isDirty());
        assertEquals(List.of(), errors.stream().map(IStatus::toString).toList(), "nothing was logged");
    }

    @Test
    void aWaveChosenInTheRankingPlansTheUseCaseAndUndoTakesItBack() {
        List<Wave> waves = editor.getPortfolio().getRoadmap().getWaves();
        Wave before = storm.getWave();
        Wave first = waves.get(0);
        assertNotSame(first, before, "the sample plans the storm surge deflection after the first wave");

        List<String> offered = RankingCells.chooseWave(ranking, storm, first.getName());

        List<String> expected = new ArrayList<>();
        expected.add("(no wave)"); //$NON-NLS-1$
        waves.forEach(w -> expected.add(w.getName()));
        assertEquals(expected, offered, "the list offers no wave, then the roadmap's waves in order");
        assertSame(first, storm.getWave());
        assertTrue(first.getUseCases().contains(storm), "the wave lists it too");
        assertTrue(UiWait.until(() -> first.getName().equals(row(storm).waveName())), "the cell shows the new wave");
        assertTrue(editor.isDirty());

        RankingCells.chooseWave(ranking, storm, "(no wave)"); //$NON-NLS-1$
        assertNull(storm.getWave(), "planned in no wave");

        editor.getEditingDomain().getCommandStack().undo();
        assertSame(first, storm.getWave());
        editor.getEditingDomain().getCommandStack().undo();
        assertSame(before, storm.getWave(), "back in its wave");
        assertFalse(editor.isDirty());
        assertEquals(List.of(), errors.stream().map(IStatus::toString).toList(), "nothing was logged");
    }

    /**
     * Another assessor's 5 joins Novak's 3: the median of two is their mean, 4 (75 on 0-100);
     * impact (600 - 150 + 225) / 10 = 67.5, overall (675 + 350) / 16 = 64.0625, behind #8
     * (65.6): rank 9. The two values are 50 points apart, above the default disagreement
     * threshold of 25: the value is disputed.
     */
    @Test
    void anotherAssessorsScoreIsAddedAndCombinedWithTheOthers() {
        setAssessor("B. Tester"); //$NON-NLS-1$

        RankingCells.edit(ranking, storm, STRATEGIC_VALUE, 5);

        assertTrue(UiWait.until(() -> row(storm).rank() == 9), "new rank " + row(storm).rank());
        assertEquals(9, storm.getScores().size());
        Score added = score(storm, "B. Tester"); //$NON-NLS-1$
        assertEquals(5.0, added.getValue());
        assertEquals(LocalDate.now(), added.getDate());
        assertEquals(67.5, row(storm).score().impact(), 1e-9);
        assertEquals(64.0625, row(storm).score().overall(), 1e-9);
        assertEquals(4.0, row(storm).score().criterion(STRATEGIC_VALUE).orElseThrow().value(), 1e-9);
        assertTrue(row(storm).flags().contains(ScoreFlag.DISPUTED));
        assertTrue(row(storm).flagsText().contains(ScoreFlag.DISPUTED.label()));

        editor.getEditingDomain().getCommandStack().undo();
        assertTrue(UiWait.until(() -> row(storm).rank() == 9));
        assertEquals(8, storm.getScores().size());
    }

    /**
     * Choosing a level in the list and committing it with Enter: from Novak's 3, level 4 (the
     * fourth of the list, 75 on 0-100): impact (600 - 150 + 225) / 10 = 67.5, overall
     * (675 + 350) / 16 = 64.0625, rank 9. The editor closes while its list has the keyboard
     * focus, and nothing goes wrong on the way (it used to log "Widget is disposed").
     */
    @Test
    void aLevelChosenWithTheKeyboardIsCommittedWithoutError() {
        setAssessor(NOVAK);

        RankingCells.chooseWithKeyboard(ranking, storm, STRATEGIC_VALUE, 3);

        assertTrue(UiWait.until(() -> row(storm).rank() == 9), "new rank " + row(storm).rank());
        assertEquals(4.0, score(storm, NOVAK).getValue());
        assertEquals(64.0625, row(storm).score().overall(), 1e-9);
        assertNull(ranking.getTable().getTable().getActiveCellEditor(), "the editor closed");
        assertEquals(storm, ranking.getTable().keyboardUseCase(),
                "the keyboard's cell moved with the use case to its new rank (F2 edits it again)");
        assertTrue(ranking.getTable().getTable().isFocusControl(), "the focus is back in the table");
        assertEquals(List.of(), errors.stream().map(IStatus::toString).toList(), "nothing was logged");
    }

    @Test
    void theEditorShowsTheRubricOfTheCriterionBeingScored() {
        setAssessor(NOVAK);
        RankingCells.startEditing(ranking, storm, STRATEGIC_VALUE);
        String help = ranking.getHelpText();
        ranking.getTable().getTable().commitAndCloseActiveCellEditor();
        assertTrue(help.startsWith("Strategic business value: 3, from one assessment"), help); //$NON-NLS-1$
        assertTrue(help.contains("Your score as A. Novak (EA): 3."), help); //$NON-NLS-1$
        assertTrue(help.contains("\n1: "), help); //$NON-NLS-1$
        assertTrue(help.contains("\n5: "), help); //$NON-NLS-1$
        assertEquals(List.of(), errors.stream().map(IStatus::toString).toList(), "closing the editor logged nothing");
    }

    private RankingRow row(UseCase useCase) {
        int position = ranking.getModel().positionOf(useCase);
        assertTrue(position >= 0, useCase.getName() + " is shown");
        return (RankingRow) ranking.getModel().rowAt(position);
    }

    private BubbleSpec bubble(UseCase useCase) {
        List<BubbleSpec> specs = matrix.getMatrix().specs();
        BubbleSpec found = specs.stream().filter(s -> s.useCase() == useCase).findFirst().orElse(null);
        assertNotNull(found, useCase.getName() + " is on the matrix");
        return found;
    }

    private static Score score(UseCase useCase, String assessor) {
        return useCase.getScores().stream()
                .filter(s -> STRATEGIC_VALUE.equals(s.getCriterionId()) && assessor.equals(s.getAssessor()))
                .findFirst().orElseThrow();
    }

    private static void setAssessor(String name) {
        InstanceScope.INSTANCE.getNode("dev.cartograph.ui").put("assessor", name); //$NON-NLS-1$ //$NON-NLS-2$
    }
}

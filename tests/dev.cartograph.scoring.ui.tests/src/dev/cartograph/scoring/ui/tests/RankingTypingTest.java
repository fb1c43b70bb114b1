// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.ranking.RankingCells;
import dev.cartograph.scoring.ui.internal.ranking.RankingColumn;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * Scoring by keyboard in the Ranking stores what was typed: a level's number or the first
 * letters of its rubric chose it, Enter stores exactly the line shown, Escape stores nothing.
 * (Typing "4" used to open the list, ignore the 4, and Enter stored level 1.)
 * <p>
 * "Storm surge call deflection" is scored 3 on strategic value by A. Novak (EA) in the sample.
 */
class RankingTypingTest {

    private static final String STORM = "Storm surge call deflection"; //$NON-NLS-1$
    private static final String NOVAK = "A. Novak (EA)"; //$NON-NLS-1$
    private static final String STRATEGIC_VALUE = "criterion:strategic-value"; //$NON-NLS-1$

    private final List<IStatus> errors = new ArrayList<>();
    private final ILogListener errorLog = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            errors.add(status);
        }
    };
    private PortfolioEditor editor;
    private RankingView ranking;
    private UseCase storm;

    @BeforeEach
    void openTheSample() throws Exception {
        TestWorkbench.reset();
        IFile file = TestWorkbench.write(SamplePortfolio.build(), "ranking-typing.cartograph"); //$NON-NLS-1$
        editor = TestWorkbench.open(file);
        ranking = TestWorkbench.show(ScoringUi.RANKING_VIEW_ID);
        assertTrue(UiWait.until(() -> ranking.getModel().total() == 32), "the ranking shows the sample");
        storm = Models.useCase(editor.getPortfolio(), STORM);
        InstanceScope.INSTANCE.getNode("dev.cartograph.ui").put("assessor", NOVAK); //$NON-NLS-1$ //$NON-NLS-2$
        Platform.addLogListener(errorLog);
    }

    @AfterEach
    void closeAll() {
        Platform.removeLogListener(errorLog);
        InstanceScope.INSTANCE.getNode("dev.cartograph.ui").remove("assessor"); //$NON-NLS-1$ //$NON-NLS-2$
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void typingALevelsNumberOnTheCellChoosesItAndEnterStoresIt() {
        assertNotNull(RankingCells.type(ranking, storm, STRATEGIC_VALUE, "4"), "the key opened the editor"); //$NON-NLS-1$
        assertEquals("> 4", chosen().substring(0, 3), "the list shows level 4 chosen: " + RankingCells.openList(ranking)); //$NON-NLS-1$

        RankingCells.press(ranking, SWT.CR);

        assertEquals(4.0, novak().getValue(), "the level typed is the level stored");
        assertNull(ranking.getTable().getTable().getActiveCellEditor(), "the editor closed");
        assertEquals(List.of(), errors.stream().map(IStatus::toString).toList(), "nothing was logged");
    }

    @Test
    void keysTypedInTheOpenListChooseTheLevelTheyName() {
        RankingCells.type(ranking, storm, STRATEGIC_VALUE, "52"); //$NON-NLS-1$
        // "52" names no level: the 2 starts a new choice on its own.
        assertTrue(chosen().startsWith("> 2"), RankingCells.openList(ranking).toString()); //$NON-NLS-1$

        RankingCells.press(ranking, SWT.CR);

        assertEquals(2.0, novak().getValue());
    }

    @Test
    void theFirstLettersOfARubricChooseItsLevel() {
        // Level 5: "Central to a key objective: ..."
        RankingCells.type(ranking, storm, STRATEGIC_VALUE, "ce"); //$NON-NLS-1$
        assertTrue(chosen().startsWith("> 5"), RankingCells.openList(ranking).toString()); //$NON-NLS-1$

        RankingCells.press(ranking, SWT.CR);

        assertEquals(5.0, novak().getValue());
    }

    @Test
    void escapeStoresNothing() {
        RankingCells.type(ranking, storm, STRATEGIC_VALUE, "5"); //$NON-NLS-1$

        RankingCells.press(ranking, SWT.ESC);

        assertEquals(3.0, novak().getValue(), "the score is unchanged");
        assertFalse(editor.isDirty(), "nothing was changed");
        assertNull(ranking.getTable().getTable().getActiveCellEditor(), "the editor closed");
    }

    @Test
    void aKeyThatNamesNoLevelKeepsTheValueShownAndEnterStoresThatValue() {
        RankingCells.type(ranking, storm, STRATEGIC_VALUE, "9"); //$NON-NLS-1$
        assertTrue(chosen().startsWith("> 3"), "the cell's own level stays shown: " + RankingCells.openList(ranking)); //$NON-NLS-1$

        RankingCells.press(ranking, SWT.CR);

        assertEquals(3.0, novak().getValue(), "what was shown is what is stored");
        assertEquals(8, storm.getScores().size(), "no score was added");
    }

    @Test
    void aWaveIsChosenByTypingTheFirstLettersOfItsName() {
        List<Wave> waves = editor.getPortfolio().getRoadmap().getWaves();
        Wave first = waves.get(0);
        String prefix = first.getName().substring(0, Math.min(first.getName().length(), 6));
        assertSame(first, waves.stream().filter(w -> w.getName().startsWith(prefix)).findFirst().orElseThrow(),
                "the prefix names the first wave first");

        RankingCells.type(ranking, storm, RankingColumn.Kind.WAVE.name(), prefix);
        RankingCells.press(ranking, SWT.CR);

        assertSame(first, storm.getWave(), "the wave typed is the wave planned");
    }

    private String chosen() {
        return RankingCells.openList(ranking).stream().filter(line -> line.startsWith("> ")).findFirst() //$NON-NLS-1$
                .orElse("(nothing chosen)"); //$NON-NLS-1$
    }

    private Score novak() {
        return storm.getScores().stream()
                .filter(s -> "strategic-value".equals(s.getCriterionId()) && NOVAK.equals(s.getAssessor())) //$NON-NLS-1$
                .findFirst().orElseThrow();
    }
}

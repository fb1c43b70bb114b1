// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Scope;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.ui.tests.TinyPortfolio;

/** A value typed in the ranking is the current assessor's own score, recorded by an undoable command. */
class ScoreCommandsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final TinyPortfolio tiny = new TinyPortfolio();
    private final UseCase alpha = tiny.add("Alpha", Scope.INTERNAL, UseCaseStatus.IDEA, 3, 2);
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
            new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());

    @Test
    void theAssessorsOwnScoreIsChangedAndUndoRestoresIt() {
        Score ann = alpha.getScores().get(0);
        Command command = ScoreCommands.setScore(domain, alpha, TinyPortfolio.VALUE, "Ann", 5, TODAY);
        assertEquals("Score Value of Alpha", command.getLabel());

        domain.getCommandStack().execute(command);

        assertEquals(2, alpha.getScores().size());
        assertEquals(5.0, ann.getValue());
        assertEquals(TODAY, ann.getDate());
        domain.getCommandStack().undo();
        assertEquals(3.0, ann.getValue());
        assertNull(ann.getDate());
    }

    @Test
    void anAssessorWithoutAScoreGetsANewOne() {
        domain.getCommandStack().execute(ScoreCommands.setScore(domain, alpha, TinyPortfolio.VALUE, "Bob", 4, TODAY));

        assertEquals(3, alpha.getScores().size());
        Score bob = ScoreCommands.find(alpha, "value", "Bob");
        assertSame(alpha.getScores().get(2), bob);
        assertEquals(4.0, bob.getValue());
        assertEquals(TODAY, bob.getDate());
        assertEquals(3.0, ScoreCommands.find(alpha, "value", "Ann").getValue(), "Ann's score is left alone");
        domain.getCommandStack().undo();
        assertEquals(2, alpha.getScores().size());
        assertNull(ScoreCommands.find(alpha, "value", "Bob"));
    }
}

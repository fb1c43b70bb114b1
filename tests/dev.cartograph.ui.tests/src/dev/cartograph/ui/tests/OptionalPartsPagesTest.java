// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.cartograph.scoring.roadmap.RoadmapProposal;
import dev.cartograph.tests.support.SampleWithout;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.pages.RoadmapPage;

/**
 * Every page of the editor on portfolios that lack what the metamodel makes optional (roadmap,
 * waves, scoring configuration, business cases): shown without an error, and the roadmap proposal
 * made and applied.
 */
class OptionalPartsPagesTest extends EditorTestCase {

    private final List<IStatus> errors = new ArrayList<>();
    private final ILogListener log = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR) {
            errors.add(status);
        }
    };

    @BeforeEach
    void listenToTheLog() {
        Platform.addLogListener(log);
    }

    @AfterEach
    void stopListening() {
        Platform.removeLogListener(log);
    }

    @ParameterizedTest
    @EnumSource(SampleWithout.class)
    void everyPageShowsAndTheRoadmapIsProposed(SampleWithout variant) throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.write(project, variant.fileName(), variant.portfolio()));

        for (String id : editor.getPageIds()) {
            assertNotNull(editor.setActivePage(id), id);
            Ui.flush();
        }
        assertEquals(List.of(), errors.stream().map(s -> s.getMessage() + " " + s.getException()).toList());

        RoadmapPage roadmap = (RoadmapPage) editor.setActivePage(RoadmapPage.ID);
        RoadmapProposal proposal = roadmap.proposal();
        assertNotNull(proposal, "the planner proposes waves");
        boolean placed = proposal.waves().stream().anyMatch(w -> !w.placements().isEmpty());
        roadmap.apply(proposal);
        Ui.flush();
        if (placed && editor.getPortfolio().getRoadmap() != null) {
            assertTrue(editor.getPortfolio().getUseCases().stream().anyMatch(u -> u.getWave() != null),
                    "the proposal's placements are applied");
        }
        if (variant == SampleWithout.ROADMAP && placed) {
            assertNotNull(editor.getPortfolio().getRoadmap(), "applying the proposal creates the roadmap");
            Ui.run("org.eclipse.ui.edit.undo");
            assertNull(editor.getPortfolio().getRoadmap(), "in one undoable step");
        }
        assertEquals(List.of(), errors.stream().map(s -> s.getMessage() + " " + s.getException()).toList());
    }
}

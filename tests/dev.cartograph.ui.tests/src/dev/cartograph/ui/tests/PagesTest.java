// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.roadmap.RoadmapProposal;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.editor.PortfolioOutlinePage;
import dev.cartograph.ui.internal.pages.CriteriaPage;
import dev.cartograph.ui.internal.pages.JourneysPage;
import dev.cartograph.ui.internal.pages.OverviewPage;
import dev.cartograph.ui.internal.pages.RoadmapPage;
import dev.cartograph.ui.internal.pages.UseCasesPage;
import dev.cartograph.ui.internal.pages.WaveDetails;
import dev.cartograph.ui.internal.pages.WorkflowsPage;
import dev.cartograph.ui.preferences.CartographPreferences;
import dev.cartograph.ui.preferences.PreferenceConstants;
import dev.cartograph.ui.scoring.WorkbenchScoring;

/** What the editor's pages show and do, on the sample portfolio. */
class PagesTest extends EditorTestCase {

    private PortfolioEditor openSample() throws Exception {
        return Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
    }

    private static long count(Portfolio portfolio, Class<?> type) {
        Iterable<EObject> all = portfolio::eAllContents;
        long n = 0;
        for (EObject element : all) {
            n += type.isInstance(element) ? 1 : 0;
        }
        return n;
    }

    @Test
    void theOverviewCountsWhatThePortfolioHolds() throws Exception {
        PortfolioEditor editor = openSample();
        OverviewPage overview = (OverviewPage) editor.setActivePage(OverviewPage.ID);
        Portfolio portfolio = editor.getPortfolio();
        long stages = count(portfolio, JourneyStage.class);
        long frictions = count(portfolio, Friction.class);

        assertEquals("2 customer journeys, with " + stages + " stages; " + frictions + " frictions in all",
                overview.getGlance().journeysText());
        assertEquals("32 use cases", overview.getGlance().useCasesText());
        assertEquals(count(portfolio, WorkflowStep.class), overview.getGlance().statistics().steps());
        String totalRow = overview.getGlance().table().getItem(overview.getGlance().table().getItemCount() - 1).getText(3);
        assertEquals("32", totalRow, "the status table adds up to every use case");
    }

    @Test
    void theOverviewTopTenIsTheLiveRanking() throws Exception {
        PortfolioEditor editor = openSample();
        OverviewPage overview = (OverviewPage) editor.setActivePage(OverviewPage.ID);
        ScoringResult scored = WorkbenchScoring.engine().score(editor.getPortfolio());
        List<UseCase> expected = scored.ranking().stream().limit(10).map(UseCaseScore::useCase).toList();

        assertEquals(10, overview.getTopTen().getViewer().getTable().getItemCount());
        assertEquals(expected, overview.getTopTen().top().stream().map(UseCaseScore::useCase).toList());
        assertEquals(expected.get(0).getName(), overview.getTopTen().getViewer().getTable().getItem(0).getText(1));
    }

    @Test
    void changingAWeightRanksAgainAtOnceAndUndoRanksBack() throws Exception {
        PortfolioEditor editor = openSample();
        CriteriaPage criteria = (CriteriaPage) editor.setActivePage(CriteriaPage.ID);
        List<UseCase> before = criteria.getRanking().result().ranking().stream().map(UseCaseScore::useCase).toList();

        criteria.getCriteria().setEnabled("strategic-value", false);
        Ui.flush();

        ScoringResult recomputed = WorkbenchScoring.engine().score(editor.getPortfolio());
        List<UseCase> after = criteria.getRanking().result().ranking().stream().map(UseCaseScore::useCase).toList();
        assertEquals(recomputed.ranking().stream().map(UseCaseScore::useCase).toList(), after,
                "the page shows the ranking of the new grid");
        assertNotEquals(before, after, "strategic value weighs 3 in the sample: leaving it out changes the order");
        UseCase first = after.get(0);
        assertEquals(first, criteria.getRanking().getViewer().getElementAt(0), "the table shows it");

        Ui.run("org.eclipse.ui.edit.undo");

        assertEquals(before, criteria.getRanking().result().ranking().stream().map(UseCaseScore::useCase).toList());
    }

    @Test
    void theGatesNameTheirCriterion() throws Exception {
        PortfolioEditor editor = openSample();
        CriteriaPage page = (CriteriaPage) editor.setActivePage(CriteriaPage.ID);
        Ui.flush();
        org.eclipse.swt.widgets.Table gates = page.getFields().table(Literals.SCORING_CONFIGURATION__GATES).getViewer()
                .getTable();
        String complianceRisk = WorkbenchScoring.criteria().find("compliance-risk").orElseThrow().label();

        assertEquals(editor.getPortfolio().getScoring().getGates().size(), gates.getItemCount());
        assertEquals("compliance-risk", editor.getPortfolio().getScoring().getGates().get(0).getCriterionId());
        assertEquals(complianceRisk, gates.getItem(0).getText(0), "the criterion's label, not its id");
    }

    @Test
    void applyingTheProposedRoadmapIsOneUndoableStep() throws Exception {
        PortfolioEditor editor = openSample();
        RoadmapPage roadmap = (RoadmapPage) editor.setActivePage(RoadmapPage.ID);
        Map<UseCase, Wave> before = new HashMap<>();
        editor.getPortfolio().getUseCases().forEach(u -> before.put(u, u.getWave()));
        RoadmapProposal proposal = roadmap.proposal();
        assertNotNull(proposal);

        roadmap.apply(proposal);

        for (UseCase useCase : editor.getPortfolio().getUseCases()) {
            proposal.placementOf(useCase).ifPresent(placement -> assertSame(
                    editor.getPortfolio().getRoadmap().getWaves().get(placement.wave() - 1), useCase.getWave(),
                    useCase.getName() + " is in the wave proposed"));
        }
        assertPlannedCounts(roadmap, editor.getPortfolio().getRoadmap().getWaves());
        Ui.run("org.eclipse.ui.edit.undo");
        for (UseCase useCase : editor.getPortfolio().getUseCases()) {
            assertSame(before.get(useCase), useCase.getWave(), useCase.getName() + " is back in its wave");
        }
        assertFalse(editor.isDirty(), "one undo undid all of it");
        assertPlannedCounts(roadmap, editor.getPortfolio().getRoadmap().getWaves());
    }

    /** The page's "Planned" column counts the use cases of each wave, whatever moved them. */
    private static void assertPlannedCounts(RoadmapPage page, List<Wave> waves) {
        Ui.flush();
        org.eclipse.swt.widgets.Table table = page.getViewer().getTable();
        assertEquals(waves.size(), table.getItemCount());
        for (int i = 0; i < waves.size(); i++) {
            Wave wave = waves.get(i);
            String planned = wave.isSetCapacity() ? wave.getUseCases().size() + " / " + wave.getCapacity()
                    : Integer.toString(wave.getUseCases().size());
            assertEquals(planned, table.getItem(i).getText(3), wave.getName());
        }
    }

    @Test
    void theContextMenuCreatesAStageInAJourney() throws Exception {
        PortfolioEditor editor = openSample();
        JourneysPage journeys = (JourneysPage) editor.setActivePage(JourneysPage.ID);
        CustomerJourney journey = editor.getPortfolio().getJourneys().get(0);
        int stages = journey.getStages().size();
        journeys.getViewer().setSelection(new StructuredSelection(journey), true);
        Ui.flush();

        MenuManager menu = new MenuManager();
        editor.getEditingActions().fillContextMenu(menu, journeys.getViewer().getStructuredSelection());
        ActionContributionItem newStage = item(submenu(menu, "New Child"), "Journey stage");
        newStage.getAction().run();
        Ui.flush();

        assertEquals(stages + 1, journey.getStages().size());
        JourneyStage created = journey.getStages().get(stages);
        assertEquals(created, ((IStructuredSelection) journeys.getViewer().getSelection()).getFirstElement(),
                "the new stage is selected, ready to be named");
        Ui.run("org.eclipse.ui.edit.undo");
        assertEquals(stages, journey.getStages().size());
    }

    private static IMenuManager submenu(IMenuManager menu, String text) {
        for (IContributionItem item : menu.getItems()) {
            if (item instanceof MenuManager sub && text.equals(sub.getMenuText().replace("&", ""))) {
                return sub;
            }
        }
        throw new AssertionError("no sub-menu " + text);
    }

    private static ActionContributionItem item(IMenuManager menu, String text) {
        for (IContributionItem item : menu.getItems()) {
            if (item instanceof ActionContributionItem action && text.equals(action.getAction().getText())) {
                return action;
            }
        }
        throw new AssertionError("no item " + text + " in " + List.of(menu.getItems()));
    }

    @Test
    void selectingInTheOutlineShowsTheElementOnItsPage() throws Exception {
        PortfolioEditor editor = openSample();
        Ui.page().showView("org.eclipse.ui.views.ContentOutline");
        Ui.page().activate(editor);
        Ui.flush();
        IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);
        assertNotNull(outline.getControl(), "the Outline view shows the editor's outline");
        UseCase useCase = editor.getPortfolio().getUseCases().get(5);

        ((PortfolioOutlinePage) outline).setSelection(new StructuredSelection(useCase));
        Ui.flush();

        assertTrue(editor.getActivePageInstance() instanceof UseCasesPage, "the use case page opens");
        UseCasesPage page = (UseCasesPage) editor.getActivePageInstance();
        assertEquals(useCase, page.getViewer().getStructuredSelection().getFirstElement());
        assertEquals(useCase, ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection())
                .getFirstElement(), "it is the editor's selection, for the Properties view and the other views");

        WorkflowStep step = editor.getPortfolio().getWorkflows().get(0).getSteps().get(0);
        editor.showElements(List.of(step));
        assertTrue(editor.getActivePageInstance() instanceof WorkflowsPage);
        assertEquals(step, ((IStructuredSelection) ((PortfolioOutlinePage) outline).getSelection()).getFirstElement(),
                "the outline follows the editor");
    }

    @Test
    void movingUseCasesToAnotherWaveIsOneUndoableStep() throws Exception {
        PortfolioEditor editor = openSample();
        List<Wave> waves = editor.getPortfolio().getRoadmap().getWaves();
        Wave first = waves.get(0);
        Wave second = waves.get(1);
        List<UseCase> moved = List.copyOf(first.getUseCases().subList(0, 2));
        int firstSize = first.getUseCases().size();
        int secondSize = second.getUseCases().size();

        WaveDetails.moveTo(editor.getEditingDomain(), moved, second);

        assertEquals(firstSize - 2, first.getUseCases().size());
        assertEquals(secondSize + 2, second.getUseCases().size());
        assertTrue(moved.stream().allMatch(u -> u.getWave() == second));
        Ui.run("org.eclipse.ui.edit.undo");
        assertTrue(moved.stream().allMatch(u -> u.getWave() == first), "one undo moves both back");
        assertEquals(firstSize, first.getUseCases().size());
    }

    @Test
    void aNewScoreIsTheUsersOnTheFirstCriterionNotScoredYet() throws Exception {
        String previous = CartographPreferences.store().getString(PreferenceConstants.ASSESSOR);
        CartographPreferences.store().setValue(PreferenceConstants.ASSESSOR, "Jules Martin");
        try {
            PortfolioEditor editor = openSample();
            UseCase useCase = editor.getPortfolio().getUseCases().get(0);
            List<String> scored = useCase.getScores().stream().map(Score::getCriterionId).toList();
            String expected = WorkbenchScoring.criteria().criteria().stream().map(Criterion::id)
                    .filter(id -> !scored.contains(id)).findFirst().orElse("strategic-value");
            UseCasesPage page = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
            page.getViewer().setSelection(new StructuredSelection(useCase), true);
            Ui.flush();
            int count = useCase.getScores().size();

            page.getBlock().getCurrentDetails().fields().table(Literals.USE_CASE__SCORES).add();

            assertEquals(count + 1, useCase.getScores().size());
            Score score = useCase.getScores().get(count);
            assertEquals("Jules Martin", score.getAssessor(), "the assessor name of the preferences");
            assertEquals(expected, score.getCriterionId());
            assertEquals(java.time.LocalDate.now(), score.getDate());
        } finally {
            CartographPreferences.store().setValue(PreferenceConstants.ASSESSOR, previous);
        }
    }

    @Test
    void aCriterionThePortfolioDoesNotListIsShownUnusedAndCheckingItAddsIt() throws Exception {
        Portfolio sample = dev.cartograph.tests.support.SamplePortfolio.build();
        sample.getScoring().getCriteria().removeIf(s -> s.getCriterionId().equals("brand-impact"));
        PortfolioEditor editor = Portfolios.open(Portfolios.write(project, "without-brand.cartograph", sample));
        CriteriaPage page = (CriteriaPage) editor.setActivePage(CriteriaPage.ID);
        Object brand = java.util.Arrays.stream((Object[]) page.getCriteria().getViewer().getInput())
                .filter(row -> row.toString().contains("brand-impact")).findFirst().orElseThrow();
        assertFalse(page.getCriteria().getViewer().getChecked(brand),
                "the portfolio lists its criteria without brand impact: it does not count");

        page.getCriteria().setEnabled("brand-impact", true);
        Ui.flush();

        assertTrue(editor.getPortfolio().getScoring().getCriteria().stream()
                .anyMatch(s -> s.getCriterionId().equals("brand-impact") && s.isEnabled()), "a setting was added");
        Object checked = java.util.Arrays.stream((Object[]) page.getCriteria().getViewer().getInput())
                .filter(row -> row.toString().contains("brand-impact")).findFirst().orElseThrow();
        assertTrue(page.getCriteria().getViewer().getChecked(checked));
        assertTrue(page.getRanking().result().parameters().criterion("brand-impact").orElseThrow().enabled(),
                "and the ranking counts it");
    }
}

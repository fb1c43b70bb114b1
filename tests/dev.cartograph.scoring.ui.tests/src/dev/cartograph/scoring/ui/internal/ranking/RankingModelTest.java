// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.scoring.ScoringSession;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.ui.tests.TinyPortfolio;

/**
 * The ranking table's lines: order, sorting, filters and grouping over a scoring snapshot.
 * <p>
 * Alpha (internal, value 5, effort 1): 100 / 100, overall 100, rank 1, quick win. Bravo
 * (external, 4, 2): 75 / 75, 75, rank 2, quick win. Delta (external, 4, 5): 75 / 0, 37.5,
 * rank 3, strategic bet. Charlie (internal, 2, 4): 25 / 25, 25, rank 4, drop. Echo (internal,
 * value 3 only): incomplete. Foxtrot (internal, 5, 1, rejected): not ranked, in the quick wins.
 */
class RankingModelTest {

    private final TinyPortfolio tiny = new TinyPortfolio();
    private final RankingModel model = new RankingModel();
    private UseCase alpha;
    private UseCase charlie;
    private Wave first;
    private ScoringSession session;

    @BeforeEach
    void score() {
        alpha = tiny.add("Alpha", Scope.INTERNAL, UseCaseStatus.APPROVED, 5, 1);
        tiny.add("Bravo", Scope.EXTERNAL, UseCaseStatus.QUALIFIED, 4, 2);
        charlie = tiny.add("Charlie", Scope.INTERNAL, UseCaseStatus.IDEA, 2, 4);
        tiny.add("D\u00E9lta", Scope.EXTERNAL, UseCaseStatus.IDEA, 4, 5);
        tiny.add("Echo", Scope.INTERNAL, UseCaseStatus.IDEA, 3, Double.NaN);
        tiny.add("Foxtrot", Scope.INTERNAL, UseCaseStatus.REJECTED, 5, 1);
        first = tiny.wave("Wave 1");
        alpha.setWave(first);
        session = TinyPortfolio.engine().attach(tiny.portfolio);
        assertTrue(model.setResult(session.current()), "the first result brings the columns");
    }

    @AfterEach
    void dispose() {
        session.dispose();
    }

    @Test
    void rankedUseCasesComeFirstInRankOrderThenTheIncompleteThenTheRejected() {
        assertEquals(List.of("Alpha", "Bravo", "D\u00E9lta", "Charlie", "Echo", "Foxtrot"), names());
        RankingRow echo = (RankingRow) model.rowAt(4);
        assertEquals(Standing.INCOMPLETE, echo.score().standing());
        assertEquals(0, echo.rank());
        assertNull(column("RANK").value(echo));
        assertEquals(Standing.REJECTED, ((RankingRow) model.rowAt(5)).score().standing());
        assertEquals(6, model.total());
        assertEquals(6, model.matching());
    }

    @Test
    void oneColumnPerCriterionShowsTheValueOnItsOwnScale() {
        List<String> ids = model.columns().stream().map(RankingColumn::id).toList();
        assertEquals(List.of("RANK", "NAME", "SCOPE", "STATUS", "WAVE", "QUADRANT", "IMPACT", "FEASIBILITY", "OVERALL",
                "STANDING", "FLAGS", "COVERAGE", "criterion:value", "criterion:effort"), ids);
        RankingRow alphaRow = row(alpha);
        assertEquals(5.0, column("criterion:value").value(alphaRow));
        assertEquals(1.0, column("criterion:effort").value(alphaRow));
        assertNull(column("criterion:effort").value((RankingRow) model.rowAt(4)), "Echo has no effort");
        assertEquals("Wave 1", column("WAVE").value(alphaRow));
        assertEquals(100.0, column("OVERALL").value(alphaRow));
    }

    @Test
    void sortingByNameFollowsTheLanguageAndBothDirections() {
        model.setSort("NAME", true);
        assertEquals(List.of("Alpha", "Bravo", "Charlie", "D\u00E9lta", "Echo", "Foxtrot"), names());
        model.setSort("NAME", false);
        assertEquals(List.of("Foxtrot", "Echo", "D\u00E9lta", "Charlie", "Bravo", "Alpha"), names());
        model.setSort(null, true);
        assertEquals("Alpha", names().get(0));
    }

    /** Foxtrot ties Alpha at 100 and comes after it (ranked first); Echo has no score and stays last. */
    @Test
    void sortingByAScoreKeepsUseCasesWithoutOneLast() {
        model.setSort("OVERALL", false);
        assertEquals(List.of("Alpha", "Foxtrot", "Bravo", "D\u00E9lta", "Charlie", "Echo"), names());
        model.setSort("OVERALL", true);
        assertEquals(List.of("Charlie", "D\u00E9lta", "Bravo", "Alpha", "Foxtrot", "Echo"), names());
    }

    @Test
    void filtersCombineAndIgnoreCaseAndAccents() {
        model.setFilter(RankingFilter.ALL.withScope(Scope.EXTERNAL));
        assertEquals(List.of("Bravo", "D\u00E9lta"), names());
        model.setFilter(RankingFilter.ALL.withText("  DELTA "));
        assertEquals(List.of("D\u00E9lta"), names());
        model.setFilter(RankingFilter.ALL.withGroup(RankingGroup.QUICK_WIN));
        assertEquals(List.of("Alpha", "Bravo", "Foxtrot"), names());
        model.setFilter(RankingFilter.ALL.withGroup(RankingGroup.QUICK_WIN).withScope(Scope.INTERNAL));
        assertEquals(List.of("Alpha", "Foxtrot"), names());
        model.setFilter(RankingFilter.ALL.withGroup(RankingGroup.NOT_SCORED));
        assertEquals(List.of("Echo"), names());
        model.setFilter(RankingFilter.ALL.withStatus(UseCaseStatus.IDEA));
        assertEquals(List.of("D\u00E9lta", "Charlie", "Echo"), names());
        model.setFilter(RankingFilter.ALL.withWave(new RankingFilter.WaveChoice(first)));
        assertEquals(List.of("Alpha"), names());
        model.setFilter(RankingFilter.ALL.withWave(RankingFilter.WaveChoice.UNPLANNED));
        assertEquals(List.of("Bravo", "D\u00E9lta", "Charlie", "Echo", "Foxtrot"), names());
        assertEquals(5, model.matching());
        assertEquals(6, model.total());
        assertEquals(-1, model.positionOf(alpha), "a filtered-out use case has no line");
    }

    @Test
    void groupingByQuadrantHeadsEachGroupWithItsCountAndGroupsCollapse() {
        model.setGrouped(true);
        assertEquals(List.of("[Quick win 3]", "Alpha", "Bravo", "Foxtrot", "[Strategic bet 1]", "D\u00E9lta",
                "[Drop 1]", "Charlie", "[Not fully scored 1]", "Echo"), lines());
        model.toggle(RankingGroup.QUICK_WIN);
        assertEquals(List.of("[Quick win 3 closed]", "[Strategic bet 1]", "D\u00E9lta", "[Drop 1]", "Charlie",
                "[Not fully scored 1]", "Echo"), lines());
        assertEquals(-1, model.positionOf(alpha));
        assertTrue(model.expandTo(alpha), "revealing a use case opens its group");
        assertEquals(1, model.positionOf(alpha));
    }

    /** Charlie's value 2 becomes 1: overall (0 + 25) / 2 = 12.5, still rank 4. */
    @Test
    void linesThatDidNotChangeAreKept() {
        RankingRow alphaBefore = row(alpha);
        RankingRow charlieBefore = row(charlie);
        charlie.getScores().get(0).setValue(1);
        assertFalse(model.setResult(session.current()), "same columns");
        assertSame(alphaBefore, row(alpha));
        assertNotSame(charlieBefore, row(charlie));
        assertEquals(12.5, row(charlie).score().overall(), 1e-9);
        assertEquals(4, row(charlie).rank());
    }

    private RankingColumn column(String id) {
        return model.column(id);
    }

    private RankingRow row(UseCase useCase) {
        return (RankingRow) model.rowAt(model.positionOf(useCase));
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (Object line : model.visibleRows()) {
            names.add(((RankingRow) line).score().name());
        }
        return names;
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Object line : model.visibleRows()) {
            if (line instanceof GroupRow group) {
                lines.add("[" + group.group().label() + ' ' + group.count() + (group.collapsed() ? " closed]" : "]"));
            } else {
                lines.add(((RankingRow) line).score().name());
            }
        }
        return lines;
    }

    @Test
    void theUnitFilterKeepsAUnitsUseCasesWithThoseOfItsSubUnits() {
        dev.cartograph.model.OrganisationUnit claims = dev.cartograph.model.CartographFactory.eINSTANCE.createOrganisationUnit();
        claims.setName("Claims");
        dev.cartograph.model.OrganisationUnit motor = dev.cartograph.model.CartographFactory.eINSTANCE.createOrganisationUnit();
        motor.setName("Motor claims");
        motor.setParent(claims);
        tiny.portfolio.getUnits().add(claims);
        tiny.portfolio.getUnits().add(motor);
        alpha.setUnit(claims);
        charlie.setUnit(motor);
        model.refreshModelValues();

        model.setFilter(RankingFilter.ALL.withUnit(claims));
        assertEquals(2, model.matching(), "Alpha in Claims, Charlie in its sub-unit");
        model.setFilter(RankingFilter.ALL.withUnit(motor));
        assertEquals(1, model.matching());
        assertEquals(charlie, ((RankingRow) model.rowAt(0)).useCase());
        // parents that loop do not hang the filter
        claims.setParent(motor);
        model.refreshModelValues();
        model.setFilter(RankingFilter.ALL.withUnit(motor));
        assertEquals(2, model.matching());
    }
}

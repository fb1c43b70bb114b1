// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.sensitivity.RankRobustness;
import dev.cartograph.scoring.sensitivity.SensitivityAnalysis;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;

/** Use cases of equal overall score share a rank: standard competition ranking, shown "=1". */
class TiedRanksTest {

    private final ScoringEngine engine = TestCriteria.engine(TestCriteria.impact("value"), TestCriteria.feasibility("reach"));

    @Test
    void tiedUseCasesShareTheirRankAndTheNextOneSkipsTheTiedPlaces() {
        PortfolioBuilder builder = new PortfolioBuilder();
        UseCase zulu = builder.useCase("Zulu").score("value", 5).score("reach", 3).get();
        UseCase alpha = builder.useCase("Alpha").score("value", 5).score("reach", 3).get();
        UseCase mike = builder.useCase("Mike").score("value", 3).score("reach", 3).get();
        UseCase bravo = builder.useCase("Bravo").score("value", 3).score("reach", 3).get();
        UseCase last = builder.useCase("Last").score("value", 1).score("reach", 1).get();
        ScoringResult result = engine.score(builder.portfolio);

        assertEquals(List.of(1, 1, 3, 3, 5), List.of(result.rankOf(alpha), result.rankOf(zulu), result.rankOf(bravo),
                result.rankOf(mike), result.rankOf(last)));
        assertEquals(List.of("=1", "=1", "=3", "=3", "5"), List.of(result.rankLabel(alpha), result.rankLabel(zulu),
                result.rankLabel(bravo), result.rankLabel(mike), result.rankLabel(last)));
        assertEquals(List.of(true, false), List.of(result.isTied(zulu), result.isTied(last)));
    }

    @Test
    void sensitivityGivesTiedUseCasesTheSameRangeWhateverTheirNames() {
        PortfolioBuilder builder = new PortfolioBuilder();
        builder.useCase("Zulu").score("value", 5).score("reach", 1);
        builder.useCase("Alpha").score("value", 5).score("reach", 1);
        builder.useCase("Mike").score("value", 1).score("reach", 4);
        List<RankRobustness> ranks = SensitivityAnalysis.analyse(engine.score(builder.portfolio),
                SensitivityOptions.defaults().withSpread(0.5)).useCases();

        RankRobustness alpha = ranks.get(0);
        RankRobustness zulu = ranks.get(1);
        assertEquals(List.of("Alpha", "Zulu"), List.of(alpha.useCase().name(), zulu.useCase().name()));
        assertEquals(List.of(1, 1), List.of(alpha.rank(), zulu.rank()));
        assertEquals(List.of(alpha.minRank(), alpha.maxRank()), List.of(zulu.minRank(), zulu.maxRank()));
        assertEquals(alpha.meanRank(), zulu.meanRank(), 1e-12);
        assertEquals(1, zulu.minRank());
    }
}

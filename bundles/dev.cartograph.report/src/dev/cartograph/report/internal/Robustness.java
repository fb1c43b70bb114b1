// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.internal;

import java.util.HashMap;
import java.util.Map;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.sensitivity.AdjacentSwap;
import dev.cartograph.scoring.sensitivity.RankRobustness;
import dev.cartograph.scoring.sensitivity.SensitivityAnalysis;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.scoring.sensitivity.SensitivityResult;
import dev.cartograph.scoring.sensitivity.WeightChange;

/**
 * How robust each use case's rank is, in words, from one sensitivity analysis of the portfolio
 * (run once per report): the range of ranks it takes when the weights vary, how often it is in
 * the top K, and the smallest change of one weight that lets the next use case pass it.
 */
public final class Robustness {

    private final Labels labels;
    private final Numbers numbers;
    private final SensitivityResult result;
    private final Map<UseCase, RankRobustness> ranks = new HashMap<>();
    private final Map<UseCase, AdjacentSwap> swaps = new HashMap<>();

    /**
     * @param scoring the scored portfolio
     * @param options how to vary the weights, or {@code null} for no analysis
     * @param labels the report's words
     * @param numbers the number formats
     */
    public Robustness(ScoringResult scoring, SensitivityOptions options, Labels labels, Numbers numbers) {
        this.labels = labels;
        this.numbers = numbers;
        result = options == null || scoring.ranking().isEmpty() || !SensitivityAnalysis.supports(scoring) ? null
                : SensitivityAnalysis.analyse(scoring, options);
        if (result != null) {
            result.useCases().forEach(r -> ranks.put(r.useCase().useCase(), r));
            result.swaps().forEach(s -> swaps.putIfAbsent(s.upper().useCase(), s));
        }
    }

    /**
     * @param useCase a use case of the portfolio
     * @return its rank's robustness in one or two sentences, or empty when not analysed
     */
    public String of(UseCase useCase) {
        if (result == null) {
            return ""; //$NON-NLS-1$
        }
        RankRobustness rank = ranks.get(useCase);
        if (rank == null) {
            return labels.get("robustnessUnranked"); //$NON-NLS-1$
        }
        SensitivityOptions options = result.options();
        String range = fill(labels.get("robustnessRange"), numbers.percent(options.spread()), //$NON-NLS-1$
                numbers.number(options.samples(), 0), numbers.number(rank.minRank(), 0),
                numbers.number(rank.maxRank(), 0), numbers.number(rank.meanRank(), 1),
                numbers.number(options.topK(), 0), numbers.percent(rank.topKProbability()));
        AdjacentSwap swap = swaps.get(useCase);
        if (swap == null) {
            return range;
        }
        if (swap.weightChange().isEmpty()) {
            return range + ' ' + labels.get("robustnessNoSwap"); //$NON-NLS-1$
        }
        WeightChange change = swap.weightChange().get();
        String percent = numbers.percent(change.relativeChangePercent() / 100);
        return range + ' ' + fill(labels.get("robustnessSwap"), Text.of(swap.lower().useCase().getName(), 60).text(), //$NON-NLS-1$
                Text.clean(change.criterion().label(labels.locale())), numbers.number(change.fromWeight(), 2),
                numbers.number(change.toWeight(), 2), change.relativeChangePercent() > 0 ? '+' + percent : percent);
    }

    private static String fill(String pattern, Object... values) {
        String text = pattern;
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + '}', String.valueOf(values[i])); //$NON-NLS-1$
        }
        return text;
    }
}

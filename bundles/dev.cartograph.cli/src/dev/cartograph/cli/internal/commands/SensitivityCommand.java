// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.util.List;

import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.Labels;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.UsageException;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Rank;
import dev.cartograph.cli.internal.output.Label;
import dev.cartograph.cli.internal.output.Section;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.sensitivity.AdjacentSwap;
import dev.cartograph.scoring.sensitivity.RankRobustness;
import dev.cartograph.scoring.sensitivity.SensitivityAnalysis;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.scoring.sensitivity.SensitivityResult;
import dev.cartograph.scoring.sensitivity.WeightChange;

/**
 * {@code sensitivity FILE}: how robust the ranking is to its weights. For each ranked use case,
 * the ranks it takes when the weights vary and how often it stays in the top K; for each pair of
 * neighbours, the smallest change of one weight that swaps them.
 */
public final class SensitivityCommand extends ScoredPortfolioCommand {

    private static final String TOP = "top"; //$NON-NLS-1$
    private static final String SAMPLES = "samples"; //$NON-NLS-1$
    private static final String SPREAD = "spread"; //$NON-NLS-1$
    private static final String SEED = "seed"; //$NON-NLS-1$

    /** The most samples accepted: enough for any portfolio, bounded so that a typo cannot run for hours. */
    private static final int MAX_SAMPLES = 1_000_000;

    @Override
    public String name() {
        return "sensitivity"; //$NON-NLS-1$
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec(TOP, "K", "Option_top"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(SAMPLES, "N", "Option_samples"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(SPREAD, "S", "Option_spread"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(SEED, "N", "Option_seed"), //$NON-NLS-1$ //$NON-NLS-2$
                OptionSpec.PARTIAL, OptionSpec.FORMAT);
    }

    @Override
    Reporter reporter(Invocation invocation) throws UsageException {
        SensitivityOptions options = options(invocation);
        return (loaded, result) -> {
            if (!SensitivityAnalysis.supports(result)) {
                throw new InputException(invocation.text("Sensitivity_notLinear", loaded.name(), result.strategy().id())); //$NON-NLS-1$
            }
            return report(invocation, loaded, result, SensitivityAnalysis.analyse(result, options));
        };
    }

    private static SensitivityOptions options(Invocation invocation) throws UsageException {
        SensitivityOptions defaults = SensitivityOptions.defaults();
        return defaults.withTopK(invocation.integer(TOP, defaults.topK(), 1, Integer.MAX_VALUE))
                .withSamples(invocation.integer(SAMPLES, defaults.samples(), 0, MAX_SAMPLES))
                .withSpread(invocation.decimal(SPREAD, defaults.spread(), 0, 1))
                .withSeed(invocation.whole(SEED, defaults.seed()));
    }

    static Document report(Invocation invocation, LoadedPortfolio loaded, ScoringResult scoring,
            SensitivityResult result) {
        SensitivityOptions options = result.options();
        Document document = new Document("sensitivity", invocation.text("Title_sensitivity", loaded.name())); //$NON-NLS-1$ //$NON-NLS-2$
        Reports.header(document, invocation, loaded);
        Reports.rankingMode(document, invocation, scoring);
        document.field("samples", invocation.text("Field_samples"), options.samples()); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("spread", invocation.text("Field_spread"), options.spread()); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("top", invocation.text("Field_top"), options.topK()); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("seed", invocation.text("Field_seed"), options.seed()); //$NON-NLS-1$ //$NON-NLS-2$
        Section ranks = document.section(new Section("ranks", invocation.text("Section_ranks"), //$NON-NLS-1$ //$NON-NLS-2$
                invocation.text("Empty_ranking"), //$NON-NLS-1$
                Column.rank("rank", invocation.text("Column_rank")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("name", invocation.text("Column_useCase")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("bestRank", invocation.text("Column_bestRank")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("worstRank", invocation.text("Column_worstRank")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("meanRank", invocation.text("Column_meanRank"), 1), //$NON-NLS-1$ //$NON-NLS-2$
                Column.percent("topProbability", invocation.text("Column_topProbability", options.topK()), 0), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("id", invocation.text("Column_id")))); //$NON-NLS-1$ //$NON-NLS-2$
        for (RankRobustness robustness : result.useCases()) {
            ranks.add(new Rank(robustness.rank(), robustness.tied()), robustness.useCase().name(), robustness.minRank(), robustness.maxRank(),
                    robustness.meanRank(), robustness.topKProbability(), Labels.id(robustness.useCase().useCase()));
        }
        Section swaps = document.section(new Section("swaps", invocation.text("Section_swaps"), null, //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("rank", invocation.text("Column_rank")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("upper", invocation.text("Column_upper")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("lower", invocation.text("Column_lower")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("criterion", invocation.text("Column_criterion")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("fromWeight", invocation.text("Column_fromWeight"), 2), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("toWeight", invocation.text("Column_toWeight"), 2), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("changePercent", invocation.text("Column_changePercent"), 1))); //$NON-NLS-1$ //$NON-NLS-2$
        boolean unswappable = false;
        for (AdjacentSwap swap : result.swaps()) {
            WeightChange change = swap.weightChange().orElse(null);
            unswappable |= change == null;
            swaps.add(swap.rank(), swap.upper().name(), swap.lower().name(),
                    change == null ? null : new Label(change.criterion().id(), change.criterion().label()),
                    change == null ? null : change.fromWeight(), change == null ? null : change.toWeight(),
                    change == null ? null : change.relativeChangePercent());
        }
        if (unswappable) {
            document.note(invocation.text("Note_unswappable")); //$NON-NLS-1$
        }
        Reports.notes(document, invocation, scoring);
        return document;
    }
}

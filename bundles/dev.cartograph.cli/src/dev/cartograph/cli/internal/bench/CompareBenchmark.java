// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import dev.cartograph.compare.MergeResult;
import dev.cartograph.compare.ModelDiff;
import dev.cartograph.compare.ModelMerge;
import dev.cartograph.compare.ModelSnapshot;
import dev.cartograph.compare.report.PortfolioComparison;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.validation.RuleRegistry;

/**
 * Measures the semantic diff and the three-way merge on a generated portfolio: two versions made from the same file,
 * each with one element in a hundred changed (a description, or a score's value), disjoint so that the merge has
 * all of them to combine. Each measure starts from the loaded models: the snapshots are part of it.
 */
public final class CompareBenchmark {

    /** One element in this many is changed on each side. */
    static final int CHANGED_ONE_IN = 100;

    private final ScoringEngine engine;
    private final RuleRegistry rules;
    private final int warmup;
    private final int runs;
    private final PrintStream progress;

    /**
     * The figures.
     *
     * @param useCases the size of the portfolio
     * @param elements how many elements it has
     * @param changedPerSide how many elements each side changed
     * @param changes how many changes the diff of one side finds
     * @param conflicts how many conflicts the merge finds (none expected: the changes are disjoint)
     * @param diff the diff of one side against the base, by element
     * @param diffWithDecision the same with what it does to the decision (scoring and validating both versions), as
     *            {@code diff} prints it
     * @param merge the three-way merge, the merged model built
     * @param peakMegabytes the heap in use at its peak while the three versions are held and merged
     */
    public record Result(int useCases, int elements, int changedPerSide, int changes, int conflicts, Timing diff,
            Timing diffWithDecision, Timing merge, double peakMegabytes) {
    }

    /**
     * @param engine the engine, on the installed criteria
     * @param rules the installed validation rules
     * @param warmup runs not counted
     * @param runs runs counted
     * @param progress where to say what is being measured
     */
    public CompareBenchmark(ScoringEngine engine, RuleRegistry rules, int warmup, int runs, PrintStream progress) {
        this.engine = engine;
        this.rules = rules;
        this.warmup = warmup;
        this.runs = runs;
        this.progress = progress;
    }

    /**
     * @param useCases the size
     * @param seed the seed of the generated portfolio
     * @param directory where to write its file
     * @return the figures
     * @throws Exception if a step fails
     */
    public Result run(int useCases, long seed, Path directory) throws Exception {
        progress.println("bench: compare: " + useCases + " use cases"); //$NON-NLS-1$ //$NON-NLS-2$
        Path file = directory.resolve("compare-" + useCases + ".cartograph"); //$NON-NLS-1$ //$NON-NLS-2$
        SyntheticPortfolio.write(SyntheticPortfolio.generate(useCases, seed), file, seed);
        try (Memory memory = new Memory()) {
            Resource base = ModelPersistence.load(file).eResource();
            Resource ours = ModelPersistence.load(file).eResource();
            Resource theirs = ModelPersistence.load(file).eResource();
            int changed = change(ours, 0);
            change(theirs, CHANGED_ONE_IN / 2);
            int elements = ModelSnapshot.of(base).elements().size();
            int[] found = new int[2];
            Timing diff = Timing.of(warmup, runs,
                    () -> found[0] = ModelDiff.compare(ModelSnapshot.of(base), ModelSnapshot.of(ours)).size());
            Timing decision = Timing.of(warmup, runs,
                    () -> PortfolioComparison.of(base, ours, engine, rules, Locale.ENGLISH));
            URI uri = URI.createFileURI(directory.resolve("merged.cartograph").toString()); //$NON-NLS-1$
            Timing merge = Timing.of(warmup, runs, () -> {
                MergeResult result = ModelMerge.merge(ModelSnapshot.of(base), ModelSnapshot.of(ours),
                        ModelSnapshot.of(theirs), uri);
                found[1] = result.conflicts().size();
            });
            return new Result(useCases, elements, changed, found[0], found[1], diff, decision, merge,
                    memory.peakMegabytes());
        }
    }

    /** Changes one element in {@value #CHANGED_ONE_IN}, from the given offset; returns how many. */
    private static int change(Resource resource, int offset) {
        Portfolio portfolio = (Portfolio) resource.getContents().get(0);
        int index = 0;
        int changed = 0;
        for (Iterator<EObject> it = portfolio.eAllContents(); it.hasNext(); index++) {
            EObject element = it.next();
            if (index % CHANGED_ONE_IN != offset) {
                continue;
            }
            if (element instanceof NamedElement named) {
                named.setDescription("Changed in bench " + index); //$NON-NLS-1$
                changed++;
            } else if (element instanceof Score score) {
                score.setValue(score.getValue() >= 5 ? 1 : score.getValue() + 1);
                changed++;
            }
        }
        return changed;
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

import java.nio.file.Path;
import java.util.List;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.PropertyType;
import dev.cartograph.model.PropertyValue;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.sensitivity.SensitivityAnalysis;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;

/**
 * The inventory benchmark: the generated portfolio of the largest size, then the same with 20
 * properties per use case (defined on the portfolio) and a third of the use cases missing the
 * scores of two criteria, ranked on partial scores. Measures the load of both files, the partial
 * ranking, the sensitivity analysis with missing scores and the heap the property values keep.
 */
public final class InventoryBenchmark {

    /** The number of properties per use case. */
    public static final int PROPERTIES = 20;

    /**
     * The figures.
     *
     * @param useCases the size
     * @param ranked how many use cases the partial ranking ranks
     * @param partial how many of them on partial scores
     * @param plainLoad loading the portfolio without properties
     * @param propertiesLoad loading it with the properties
     * @param rank ranking on partial scores
     * @param sensitivity the sensitivity analysis, 1,000 samples, missing scores sampled over their scale
     * @param heapMegabytes the heap the property values keep (after a full collection, with minus without)
     * @param values the property values stored
     */
    public record Result(int useCases, int ranked, int partial, Timing plainLoad, Timing propertiesLoad, Timing rank,
            Timing sensitivity, double heapMegabytes, int values) {
    }

    private final ScoringEngine engine;
    private final int warmup;
    private final int runs;

    /**
     * @param engine the engine, on the installed criteria
     * @param warmup warm-up runs
     * @param runs measured runs
     */
    public InventoryBenchmark(ScoringEngine engine, int warmup, int runs) {
        this.engine = engine;
        this.warmup = warmup;
        this.runs = runs;
    }

    /**
     * @param useCases the size
     * @param seed the generator's seed
     * @param directory where to write the files
     * @return the figures
     * @throws Exception if a file cannot be written or read
     */
    public Result run(int useCases, long seed, Path directory) throws Exception {
        Path plainFile = directory.resolve("inventory-plain.cartograph"); //$NON-NLS-1$
        Path propertiesFile = directory.resolve("inventory-properties.cartograph"); //$NON-NLS-1$
        Portfolio portfolio = SyntheticPortfolio.generate(useCases, seed);
        SyntheticPortfolio.write(portfolio, plainFile, seed);
        int values = addInventory(portfolio);
        ModelPersistence.save(portfolio, propertiesFile);
        portfolio.eResource().unload();
        Timing plainLoad = Timing.of(warmup, runs, () -> ModelPersistence.load(plainFile).eResource().unload());
        Timing propertiesLoad = Timing.of(warmup, runs, () -> ModelPersistence.load(propertiesFile).eResource().unload());
        double heap;
        Portfolio loaded;
        try (Memory memory = new Memory()) {
            Portfolio plain = ModelPersistence.load(plainFile);
            double without = memory.usedAfterCollectionMegabytes();
            plain.eResource().unload();
            plain = null;
            memory.usedAfterCollectionMegabytes();
            loaded = ModelPersistence.load(propertiesFile);
            double with = memory.usedAfterCollectionMegabytes();
            heap = with - without;
        }
        Portfolio inventory = loaded;
        Timing rank = Timing.of(warmup, runs, () -> engine.score(inventory, true));
        ScoringResult result = engine.score(inventory, true);
        SensitivityOptions options = SensitivityOptions.defaults().withSamples(1000);
        Timing sensitivity = Timing.of(Math.min(warmup, 2), Math.min(runs, 3),
                () -> SensitivityAnalysis.analyse(result, options));
        int partial = (int) result.ranking().stream().filter(s -> s.isPartial()).count();
        return new Result(useCases, result.ranking().size(), partial, plainLoad, propertiesLoad, rank, sensitivity,
                heap, values);
    }

    /** Defines 20 properties, gives each use case a value of each, and removes two criteria's scores from a third. */
    private static int addInventory(Portfolio portfolio) {
        CartographFactory factory = CartographFactory.eINSTANCE;
        PropertyType[] types = { PropertyType.TEXT, PropertyType.NUMBER, PropertyType.DATE, PropertyType.YES_NO,
                PropertyType.CHOICE };
        for (int p = 0; p < PROPERTIES; p++) {
            PropertyDefinition definition = factory.createPropertyDefinition();
            definition.setKey("p" + p); //$NON-NLS-1$
            definition.setName("Property " + p); //$NON-NLS-1$
            definition.setType(types[p % types.length]);
            if (definition.getType() == PropertyType.CHOICE) {
                definition.getChoices().addAll(List.of("low", "medium", "high")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            portfolio.getPropertyDefinitions().add(definition);
        }
        int values = 0;
        List<UseCase> useCases = portfolio.getUseCases();
        for (int u = 0; u < useCases.size(); u++) {
            UseCase useCase = useCases.get(u);
            for (int p = 0; p < PROPERTIES; p++) {
                PropertyValue value = factory.createPropertyValue();
                value.setKey("p" + p); //$NON-NLS-1$
                value.setValue(switch (p % types.length) {
                    case 1 -> Integer.toString(u * 7 % 1000);
                    case 2 -> "2027-0" + (1 + u % 9) + "-1" + (u % 9); //$NON-NLS-1$ //$NON-NLS-2$
                    case 3 -> u % 2 == 0 ? "true" : "false"; //$NON-NLS-1$ //$NON-NLS-2$
                    case 4 -> List.of("low", "medium", "high").get(u % 3); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    default -> "INV-" + u + "-" + p; //$NON-NLS-1$ //$NON-NLS-2$
                });
                useCase.getProperties().add(value);
                values++;
            }
            if (u % 3 == 0) {
                useCase.getScores().removeIf(s -> "financial-potential".equals(s.getCriterionId()) //$NON-NLS-1$
                        || "brand-impact".equals(s.getCriterionId())); //$NON-NLS-1$
            }
        }
        return values;
    }
}

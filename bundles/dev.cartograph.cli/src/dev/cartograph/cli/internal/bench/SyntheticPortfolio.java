// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;

import dev.cartograph.model.Aggregation;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Gate;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Roadmap;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.model.persistence.ModelPersistence;

/**
 * Generates the portfolios of the benchmark: deterministic for a seed (content and element ids),
 * about 30 elements per use case (at 10,000 use cases: 8 criteria, 3 assessors each, journeys,
 * stages, touchpoints, frictions, evidence, workflows, steps, business cases and KPIs, about
 * 300,000 elements), scored on the eight default criteria with two gates, planned in three waves.
 */
@SuppressWarnings("nls")
public final class SyntheticPortfolio {

    /** The criteria the synthetic portfolios are scored on: the eight defaults of the method. */
    public static final List<String> CRITERIA = List.of("strategic-value", "customer-experience",
            "financial-potential", "data-process-maturity", "technical-complexity", "brand-impact", "compliance-risk",
            "initiative-alignment");

    private static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    private SyntheticPortfolio() {
    }

    /**
     * @param useCases how many use cases
     * @param seed the seed: the same seed and size give the same portfolio
     * @return the portfolio, in no resource
     */
    public static Portfolio generate(int useCases, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Portfolio portfolio = FACTORY.createPortfolio();
        portfolio.setName("Synthetic portfolio of " + useCases + " use cases");
        portfolio.setOrganisation("Benchmark Inc.");
        portfolio.setCurrency("EUR");
        portfolio.setScoring(configuration());
        SyntheticLandscape landscape = new SyntheticLandscape(random);
        landscape.addTo(portfolio, useCases);
        new SyntheticUseCases(random, landscape, CRITERIA).addTo(portfolio, useCases);
        portfolio.setRoadmap(roadmap(portfolio, useCases));
        return portfolio;
    }

    /**
     * Writes a portfolio with ids drawn from the seed, so that the same portfolio gives the same file.
     *
     * @param portfolio a portfolio in no resource
     * @param file the file to write
     * @param seed the seed of the ids
     * @throws IOException if the file cannot be written
     */
    public static void write(Portfolio portfolio, Path file, long seed) throws IOException {
        XMLResource resource = (XMLResource) ModelPersistence.createResourceSet()
                .createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(portfolio);
        SplittableRandom random = new SplittableRandom(seed);
        resource.setID(portfolio, id(random));
        for (Iterator<EObject> it = portfolio.eAllContents(); it.hasNext();) {
            resource.setID(it.next(), id(random));
        }
        ModelPersistence.save(resource);
    }

    /**
     * @param portfolio a portfolio
     * @return how many elements it holds, itself included
     */
    public static int elementCount(Portfolio portfolio) {
        int count = 1;
        for (Iterator<EObject> it = portfolio.eAllContents(); it.hasNext(); it.next()) {
            count++;
        }
        return count;
    }

    private static String id(SplittableRandom random) {
        long high = random.nextLong() & ~0xf000L | 0x4000L;
        long low = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static ScoringConfiguration configuration() {
        ScoringConfiguration scoring = FACTORY.createScoringConfiguration();
        scoring.setAggregation(Aggregation.MEDIAN);
        double[] weights = { 3, 2, 3, 2, 2, 1, 2, 1 };
        for (int i = 0; i < CRITERIA.size(); i++) {
            CriterionSetting setting = FACTORY.createCriterionSetting();
            setting.setCriterionId(CRITERIA.get(i));
            setting.setWeight(weights[i]);
            scoring.getCriteria().add(setting);
        }
        scoring.getGates().add(gate("compliance-risk", GateOperator.AT_LEAST, 5, GateEffect.BLOCK, "Unacceptable risk"));
        scoring.getGates().add(gate("data-process-maturity", GateOperator.AT_MOST, 1, GateEffect.NOT_READY,
                "Data not mature enough"));
        return scoring;
    }

    private static Gate gate(String criterion, GateOperator operator, double value, GateEffect effect, String reason) {
        Gate gate = FACTORY.createGate();
        gate.setCriterionId(criterion);
        gate.setOperator(operator);
        gate.setValue(value);
        gate.setEffect(effect);
        gate.setReason(reason);
        return gate;
    }

    private static Roadmap roadmap(Portfolio portfolio, int useCases) {
        Roadmap roadmap = FACTORY.createRoadmap();
        roadmap.setName("Roadmap");
        LocalDate start = LocalDate.of(2026, 4, 1);
        for (int w = 0; w < 3; w++) {
            Wave wave = FACTORY.createWave();
            wave.setName("Wave " + (w + 1));
            wave.setStart(start.plusMonths(6L * w));
            wave.setEnd(start.plusMonths(6L * w + 6).minusDays(1));
            wave.setCapacity(Math.max(1, useCases / 10));
            roadmap.getWaves().add(wave);
        }
        int next = 0;
        for (UseCase useCase : portfolio.getUseCases()) {
            if (useCase.getStatus() == UseCaseStatus.APPROVED || useCase.getStatus() == UseCaseStatus.PILOT) {
                useCase.setWave(roadmap.getWaves().get(next++ % 3));
            }
        }
        return roadmap;
    }
}

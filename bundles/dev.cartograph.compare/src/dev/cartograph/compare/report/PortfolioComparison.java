// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.report;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;

import dev.cartograph.compare.Change;
import dev.cartograph.compare.ModelDiff;
import dev.cartograph.compare.ModelSnapshot;
import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationOptions;
import dev.cartograph.validation.ValidationReport;

/**
 * The semantic diff of two versions of a portfolio, as the command line and the workbench show it: the changes by
 * element identity, described in the user's words, and what they do to the decision (scores, ranks, quadrants,
 * standings, waves, validation findings), with the installed criteria and rules.
 *
 * @param changes the changes
 * @param described the changes in the user's words, grouped by journey, workflow and use case
 * @param decision what they do to the decision
 */
public record PortfolioComparison(List<Change> changes, List<DescribedChange> described, DecisionDelta decision) {

    /** Copies the lists. */
    public PortfolioComparison {
        changes = List.copyOf(changes);
        described = List.copyOf(described);
    }

    /**
     * @param before the old version, {@code null} for none (a file that is new)
     * @param after the new version, {@code null} for none (a file that was deleted)
     * @param engine the engine with the installed criteria
     * @param rules the installed validation rules
     * @param locale the language of the descriptions and findings
     * @return the comparison
     */
    public static PortfolioComparison of(Resource before, Resource after, ScoringEngine engine, RuleRegistry rules,
            Locale locale) {
        List<Change> changes = ModelDiff.compare(snapshot(before), snapshot(after));
        List<DescribedChange> described = new ChangeDescriptions(before, after, new ModelVocabulary(locale))
                .describe(changes);
        PortfolioValidation validation = new PortfolioValidation(rules);
        ValidationOptions options = ValidationOptions.defaults().withLocale(locale);
        ScoringResult scoredBefore = score(before, engine);
        ScoringResult scoredAfter = score(after, engine);
        DecisionDelta decision = DecisionDelta.between(scoredBefore, scoredAfter,
                validate(scoredBefore, validation, options), validate(scoredAfter, validation, options));
        return new PortfolioComparison(changes, described, decision);
    }

    /**
     * @return whether the versions hold the same elements with the same values
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * @param kind a kind of change
     * @return how many changes are of that kind
     */
    public long count(Change.Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).count();
    }

    private static ModelSnapshot snapshot(Resource resource) {
        return resource == null ? ModelSnapshot.empty() : ModelSnapshot.of(resource);
    }

    private static ScoringResult score(Resource resource, ScoringEngine engine) {
        Portfolio portfolio = portfolio(resource);
        return portfolio == null ? null : engine.score(portfolio);
    }

    private static ValidationReport validate(ScoringResult scoring, PortfolioValidation validation,
            ValidationOptions options) {
        return scoring == null ? null : validation.validate(scoring.portfolio(), scoring, options);
    }

    private static Portfolio portfolio(Resource resource) {
        if (resource == null || resource.getContents().isEmpty()) {
            return null;
        }
        return resource.getContents().get(0) instanceof Portfolio portfolio ? portfolio : null;
    }
}

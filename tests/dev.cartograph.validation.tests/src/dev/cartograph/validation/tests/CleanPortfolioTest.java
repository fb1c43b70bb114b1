// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import static dev.cartograph.validation.tests.Checks.assertOnly;
import static dev.cartograph.validation.tests.Checks.expect;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.Friction;
import dev.cartograph.model.Portfolio;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationReport;

/** Portfolios that follow the method raise nothing, or only what is really there: the rules do not cry wolf. */
class CleanPortfolioTest {

    @Test
    void theCleanFixtureHasNoFinding() {
        ValidationReport report = Checks.validate(Fixture.clean().portfolio);
        assertOnly(report);
        assertTrue(report.failures().isEmpty());
    }

    /**
     * The bundled sample (32 use cases, two journeys, eight workflows, three waves) was written to
     * follow the method; the only findings are the two frictions it maps but leaves unaddressed.
     */
    @Test
    void theSamplePortfolioOnlyHasItsTwoUnaddressedFrictions() {
        Portfolio sample = SamplePortfolio.build();
        ValidationReport report = Checks.validate(sample);
        Friction changes = friction(sample, "Mid-term changes need a phone call");
        Friction reviews = friction(sample, "Negative reviews after disputed claims");
        assertOnly(report,
                expect(BuiltInRules.FRICTION_UNADDRESSED, FindingSeverity.INFO, changes,
                        "No use case addresses the friction \"Mid-term changes need a phone call\": look for one, "
                                + "or mark the friction as out of scope."),
                expect(BuiltInRules.FRICTION_UNADDRESSED, FindingSeverity.INFO, reviews,
                        "No use case addresses the friction \"Negative reviews after disputed claims\": look for "
                                + "one, or mark the friction as out of scope."));
        assertTrue(report.failures().isEmpty());
    }

    private static Friction friction(Portfolio portfolio, String name) {
        for (var it = portfolio.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Friction friction && name.equals(friction.getName())) {
                return friction;
            }
        }
        throw new AssertionError("no friction " + name);
    }
}

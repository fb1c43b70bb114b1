// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Portfolio;
import dev.cartograph.tests.support.SamplePortfolio;

/** The sample is fixed content: two builds are structurally equal, so files written from it never churn. */
class SamplePortfolioDeterminismTest {

    @Test
    void twoBuildsAreStructurallyEqual() {
        Portfolio first = SamplePortfolio.build();
        Portfolio second = SamplePortfolio.build();
        assertNotSame(first, second);
        assertTrue(new EcoreUtil.EqualityHelper().equals(first, second));
    }

    @Test
    void aChangedBuildIsNoLongerEqual() {
        Portfolio first = SamplePortfolio.build();
        Portfolio second = SamplePortfolio.build();
        second.getUseCases().get(3).getScores().get(0).setValue(1);
        assertFalse(new EcoreUtil.EqualityHelper().equals(first, second));
    }

    @Test
    void buildsAreNotAttachedToAResource() {
        assertEquals(null, SamplePortfolio.build().eResource());
    }
}

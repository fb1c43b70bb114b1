// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ui.internal.Messages;

/** The Location column of the Problems view names the element a finding is about. */
class MarkerLocationTest {

    private static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    @Test
    void aNamedElementIsLocatedByItsName() {
        CustomerJourney journey = FACTORY.createCustomerJourney();
        journey.setName("Motor policyholder");
        assertEquals("Motor policyholder", MarkerSpec.location(journey));
    }

    @Test
    void anElementWithoutANameYetIsLocatedByItsKind() {
        CustomerJourney journey = FACTORY.createCustomerJourney();
        assertEquals("customer journey", MarkerSpec.location(journey));
        journey.setName("  ");
        assertEquals("customer journey", MarkerSpec.location(journey), "a blank name is no name");
    }

    @Test
    void aPartIsLocatedByItsOwnerAndItsKind() {
        UseCase useCase = FACTORY.createUseCase();
        useCase.setName("Invoice data extraction");
        BusinessCase businessCase = FACTORY.createBusinessCase();
        useCase.setBusinessCase(businessCase);
        assertEquals("Invoice data extraction \u203A " + Messages.Kind_businessCase, MarkerSpec.location(businessCase));
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;

/** Portfolios with a known validation finding. */
@SuppressWarnings("nls")
final class ValidateFixtures {

    private ValidateFixtures() {
    }

    /** @return a portfolio whose only use case, an idea, is attached to nothing: one warning, usecase.unanchored */
    static Portfolio idea() {
        Portfolio portfolio = Portfolios.FACTORY.createPortfolio();
        portfolio.setName("Idea");
        portfolio.getUseCases().add(Portfolios.useCase("Mailbox triage", Scope.INTERNAL, UseCaseStatus.IDEA, 3, 2));
        return portfolio;
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.tests.support.ModelParts.FACTORY;

import dev.cartograph.model.AiPattern;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;

/** Fills in one use case of the sample, resolving its anchors and links by name. */
final class UseCaseDraft {

    private final UseCase useCase = FACTORY.createUseCase();
    private final SampleIndex index;

    private UseCaseDraft(SampleIndex index) {
        this.index = index;
    }

    /** Adds a new use case to the portfolio and returns the draft that completes it. */
    static UseCaseDraft add(Portfolio portfolio, SampleIndex index, String name, Scope scope, UseCaseStatus status,
            AiPattern pattern, String description) {
        UseCaseDraft draft = new UseCaseDraft(index);
        draft.useCase.setName(name);
        draft.useCase.setScope(scope);
        draft.useCase.setStatus(status);
        draft.useCase.setAiPattern(pattern);
        draft.useCase.setDescription(description);
        portfolio.getUseCases().add(draft.useCase);
        return draft;
    }

    UseCaseDraft people(String sponsor, String owner) {
        useCase.setSponsor(sponsor);
        useCase.setOwner(owner);
        return this;
    }

    UseCaseDraft steps(String... names) {
        for (String name : names) {
            useCase.getSteps().add(index.step(name));
        }
        return this;
    }

    UseCaseDraft stages(String... names) {
        for (String name : names) {
            useCase.getStages().add(index.stage(name));
        }
        return this;
    }

    UseCaseDraft frictions(String... names) {
        for (String name : names) {
            useCase.getFrictions().add(index.friction(name));
        }
        return this;
    }

    UseCaseDraft initiatives(String... names) {
        for (String name : names) {
            useCase.getInitiatives().add(index.initiative(name));
        }
        return this;
    }

    UseCaseDraft data(String... names) {
        for (String name : names) {
            useCase.getDataAssets().add(index.dataAsset(name));
        }
        return this;
    }

    /** Use cases this one builds on; they must have been added before. */
    UseCaseDraft dependsOn(String... names) {
        for (String name : names) {
            useCase.getDependsOn().add(index.useCase(name));
        }
        return this;
    }

    UseCaseDraft rejected(String reason) {
        useCase.setRejectionReason(reason);
        return this;
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Gate;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.model.UseCase;

/**
 * Watches the parts of a portfolio that scoring reads, with one adapter on the portfolio, its
 * scoring configuration (with its settings and gates), its use cases (with their scores and
 * business cases), instead of a content adapter over the whole model.
 */
public final class ModelWatcher extends AdapterImpl {

    /** Told what changed. */
    public interface Handler {
        /** @param useCase a use case whose own data changed */
        void useCaseChanged(UseCase useCase);

        /**
         * @param useCase a use case added to the portfolio
         * @param index its index
         */
        void useCaseAdded(UseCase useCase, int index);

        /**
         * @param useCase a use case removed from the portfolio
         * @param index the index it had
         */
        void useCaseRemoved(UseCase useCase, int index);

        /** Something that needs a full recompute changed (configuration, several use cases). */
        void everythingChanged();
    }

    private static final CartographPackage PACKAGE = CartographPackage.eINSTANCE;

    private final Portfolio portfolio;
    private final Handler handler;

    /**
     * @param portfolio the portfolio to watch
     * @param handler told about changes
     */
    public ModelWatcher(Portfolio portfolio, Handler handler) {
        this.portfolio = portfolio;
        this.handler = handler;
    }

    /** Starts watching. */
    public void attach() {
        watch(portfolio);
        watchConfiguration(portfolio.getScoring());
        for (UseCase useCase : portfolio.getUseCases()) {
            watchUseCase(useCase);
        }
    }

    /** Stops watching. */
    public void detach() {
        unwatch(portfolio);
        unwatchConfiguration(portfolio.getScoring());
        for (UseCase useCase : portfolio.getUseCases()) {
            unwatchUseCase(useCase);
        }
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == ModelWatcher.class;
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER) {
            return;
        }
        Object notifier = notification.getNotifier();
        if (notifier instanceof Score score) {
            scoreChanged(score, notification);
        } else if (notifier instanceof UseCase useCase) {
            useCaseChanged(useCase, notification);
        } else if (notifier instanceof BusinessCase businessCase) {
            if (businessCase.eContainer() instanceof UseCase useCase) {
                handler.useCaseChanged(useCase);
            }
        } else if (notifier instanceof Portfolio) {
            portfolioChanged(notification);
        } else {
            configurationChanged(notification);
        }
    }

    private void scoreChanged(Score score, Notification notification) {
        Object feature = notification.getFeature();
        if ((feature == PACKAGE.getScore_Value() || feature == PACKAGE.getScore_Confidence()
                || feature == PACKAGE.getScore_CriterionId()) && score.eContainer() instanceof UseCase useCase) {
            handler.useCaseChanged(useCase);
        }
    }

    private void useCaseChanged(UseCase useCase, Notification notification) {
        Object feature = notification.getFeature();
        if (feature == PACKAGE.getUseCase_Wave() || feature == PACKAGE.getUseCase_Dependents()) {
            return;
        }
        if (feature == PACKAGE.getUseCase_Scores() || feature == PACKAGE.getUseCase_BusinessCase()) {
            unwatchAll(notification.getOldValue());
            watchAll(notification.getNewValue());
        }
        handler.useCaseChanged(useCase);
    }

    private void portfolioChanged(Notification notification) {
        Object feature = notification.getFeature();
        if (feature == PACKAGE.getPortfolio_UseCases()) {
            int type = notification.getEventType();
            if (type == Notification.ADD && notification.getNewValue() instanceof UseCase added) {
                watchUseCase(added);
                handler.useCaseAdded(added, notification.getPosition());
            } else if (type == Notification.REMOVE && notification.getOldValue() instanceof UseCase removed) {
                unwatchUseCase(removed);
                handler.useCaseRemoved(removed, notification.getPosition());
            } else {
                forEachUseCase(notification.getOldValue(), this::unwatchUseCase);
                forEachUseCase(notification.getNewValue(), this::watchUseCase);
                handler.everythingChanged();
            }
        } else if (feature == PACKAGE.getPortfolio_Scoring()) {
            unwatchConfiguration((ScoringConfiguration) notification.getOldValue());
            watchConfiguration((ScoringConfiguration) notification.getNewValue());
            handler.everythingChanged();
        }
    }

    private void configurationChanged(Notification notification) {
        Object feature = notification.getFeature();
        if (feature == PACKAGE.getScoringConfiguration_Criteria() || feature == PACKAGE.getScoringConfiguration_Gates()) {
            unwatchAll(notification.getOldValue());
            watchAll(notification.getNewValue());
        }
        handler.everythingChanged();
    }

    private void watchConfiguration(ScoringConfiguration configuration) {
        if (configuration != null) {
            watch(configuration);
            configuration.getCriteria().forEach(this::watch);
            configuration.getGates().forEach(this::watch);
        }
    }

    private void unwatchConfiguration(ScoringConfiguration configuration) {
        if (configuration != null) {
            unwatch(configuration);
            configuration.getCriteria().forEach(this::unwatch);
            configuration.getGates().forEach(this::unwatch);
        }
    }

    private void watchUseCase(UseCase useCase) {
        watch(useCase);
        useCase.getScores().forEach(this::watch);
        if (useCase.getBusinessCase() != null) {
            watch(useCase.getBusinessCase());
        }
    }

    private void unwatchUseCase(UseCase useCase) {
        unwatch(useCase);
        useCase.getScores().forEach(this::unwatch);
        if (useCase.getBusinessCase() != null) {
            unwatch(useCase.getBusinessCase());
        }
    }

    private void watchAll(Object value) {
        forEachWatched(value, this::watch);
    }

    private void unwatchAll(Object value) {
        forEachWatched(value, this::unwatch);
    }

    private static void forEachWatched(Object value, Consumer<Notifier> action) {
        if (value instanceof Collection<?> values) {
            values.forEach(v -> forEachWatched(v, action));
        } else if (value instanceof Score || value instanceof BusinessCase || value instanceof CriterionSetting
                || value instanceof Gate) {
            action.accept((EObject) value);
        }
    }

    private static void forEachUseCase(Object value, Consumer<UseCase> action) {
        if (value instanceof UseCase useCase) {
            action.accept(useCase);
        } else if (value instanceof List<?> values) {
            values.forEach(v -> forEachUseCase(v, action));
        }
    }

    private void watch(Notifier notifier) {
        if (!notifier.eAdapters().contains(this)) {
            notifier.eAdapters().add(this);
        }
    }

    private void unwatch(Notifier notifier) {
        notifier.eAdapters().remove(this);
    }
}

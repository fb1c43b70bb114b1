// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EValidator;

import dev.cartograph.service.internal.DefaultServices;
import dev.cartograph.service.internal.Messages;
import dev.cartograph.service.internal.RuleContributionReader;
import dev.cartograph.validation.CartographValidator;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.RuleFailure;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationOptions;

/**
 * The validation rules of Cartograph and of the installed plug-ins, in the validation core's
 * plain {@link RuleRegistry}: the {@linkplain RuleRegistry#withBuiltInRules() built-in rules}
 * first, then those contributed through {@value #RULES_EXTENSION_POINT}. The registry follows
 * the extension registry: a plug-in installed or uninstalled at run time adds or removes its
 * rules, and the registry's listeners are told on the thread that delivers the registry event,
 * which is not the UI thread.
 * <p>
 * Kept apart from {@link ScoringServices}, on which it builds (the rules see the scoring of the
 * installed criteria): a tool that only scores reads no rule contribution, and rule
 * contributions are read the first time validation services are opened.
 * <p>
 * Every contribution is validated. One that is refused is logged against its contributing
 * bundle and listed in {@link #ruleFailures()}; the others are installed. Contributed classes
 * are created the first time they are needed, and every call into them runs through
 * {@link org.eclipse.core.runtime.SafeRunner}: a broken plug-in costs only its own rule.
 * <p>
 * Thread-safe.
 */
public final class ValidationServices {

    /** The full id of the extension point through which plug-ins contribute validation rules. */
    public static final String RULES_EXTENSION_POINT = "dev.cartograph.validationRules"; //$NON-NLS-1$

    private final ScoringServices scoring;
    private final RuleRegistry rules = RuleRegistry.withBuiltInRules();
    private final PortfolioValidation validation = new PortfolioValidation(rules);
    private final RuleContributionReader reader;
    private final List<EValidator.Registry> registrations = new ArrayList<>();
    private CartographValidator validator;

    private ValidationServices(IExtensionRegistry registry, ScoringServices scoring) {
        this.scoring = scoring;
        reader = new RuleContributionReader(registry, rules);
    }

    /**
     * Returns the validation services of the running platform, on
     * {@link ScoringServices#getDefault()}, reading the extension registry the first time. The
     * instance lives until this bundle stops; do not dispose it.
     *
     * @return the shared services
     * @throws IllegalStateException if no extension registry is running (outside Eclipse: use a
     *         {@link RuleRegistry#withBuiltInRules()} and a {@link PortfolioValidation} instead)
     */
    public static ValidationServices getDefault() {
        return DefaultServices.validation(() -> {
            IExtensionRegistry registry = RegistryFactory.getRegistry();
            if (registry == null) {
                throw new IllegalStateException(Messages.format(Messages.Services_noRegistryForRules));
            }
            return open(registry, ScoringServices.getDefault());
        });
    }

    /**
     * Opens validation services of their own on an extension registry: a fresh rule registry
     * holding the built-in rules, filled with the contributed ones now and following the
     * extension registry until {@link #dispose()}. For tools and tests that must not share the
     * default instance's state.
     *
     * @param registry the extension registry that declares the extension point
     * @param scoring the scoring services whose engine scores the portfolios before they are
     *        validated; not disposed with these services
     * @return the services, open
     */
    public static ValidationServices open(IExtensionRegistry registry, ScoringServices scoring) {
        ValidationServices services = new ValidationServices(Objects.requireNonNull(registry),
                Objects.requireNonNull(scoring));
        services.reader.start();
        return services;
    }

    /**
     * Stops following the extension registry and removes the validator from every EMF registry
     * it was {@linkplain #registerValidator(EValidator.Registry) registered} in. The rule
     * registry keeps its content.
     */
    public void dispose() {
        reader.stop();
        synchronized (this) {
            for (EValidator.Registry registry : registrations) {
                validator.unregister(registry);
            }
            registrations.clear();
        }
    }

    /** @return the scoring services these rules build on */
    public ScoringServices scoring() {
        return scoring;
    }

    /** @return the installed rules: the built-in ones, then the contributed ones in the extension registry's order */
    public RuleRegistry rules() {
        return rules;
    }

    /**
     * Lists why rule contributions of the installed plug-ins were refused or failed: an invalid
     * definition, a duplicate id, a class that could not be created, a quick fix that threw. A
     * plug-in's failures are forgotten when it is uninstalled. A check that throws during a
     * validation is reported in that validation's {@link dev.cartograph.validation.ValidationReport#failures()}.
     *
     * @return the failures, oldest first, each naming its contributing bundle
     */
    public List<RuleFailure> ruleFailures() {
        return reader.failures();
    }

    /** @return a validation on the installed rules, following them as plug-ins come and go */
    public PortfolioValidation validation() {
        return validation;
    }

    /**
     * Returns the EMF validator of these services, created on the first call: it runs the
     * installed rules on a portfolio scored by an engine of the {@linkplain #scoring() scoring
     * services}, with the {@linkplain ValidationOptions#defaults() default options} of that
     * moment (a caller may put others in the validation's context map under
     * {@link CartographValidator#OPTIONS}, and the workbench's current scoring under
     * {@link CartographValidator#SCORING_RESULT}).
     *
     * @return the validator, always the same
     */
    public synchronized CartographValidator validator() {
        if (validator == null) {
            validator = new CartographValidator(validation, scoring.createEngine(), ValidationOptions.defaults());
        }
        return validator;
    }

    /**
     * Registers the {@linkplain #validator() validator} for the Cartograph package in EMF's
     * global registry, next to what is already registered there (see
     * {@link dev.cartograph.validation.ComposedValidator#install}), so that
     * {@code Diagnostician.INSTANCE} validates with every installed rule.
     *
     * @return the registered validator
     */
    public CartographValidator registerValidator() {
        return registerValidator(EValidator.Registry.INSTANCE);
    }

    /**
     * Registers the {@linkplain #validator() validator} for the Cartograph package in an EMF
     * registry, next to what is already registered there; it stays registered until
     * {@link #dispose()}. Registering twice in the same registry changes nothing.
     *
     * @param registry the registry, usually {@link EValidator.Registry#INSTANCE}
     * @return the registered validator
     */
    public synchronized CartographValidator registerValidator(EValidator.Registry registry) {
        Objects.requireNonNull(registry);
        CartographValidator registered = validator();
        if (registrations.stream().noneMatch(known -> known == registry)) {
            registrations.add(registry);
        }
        registered.register(registry);
        return registered;
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.internal.text.Failures;
import dev.cartograph.validation.internal.Messages;

/**
 * Cartograph's rules as an EMF {@link EValidator}, so that {@code Diagnostician.INSTANCE.validate(portfolio)}
 * (and any EMF tool built on it) reports the findings. The portfolio containing the validated
 * object is validated once per {@code context} map; each object then gets the diagnostics of
 * the findings about it ({@link Finding#toDiagnostic()}), and the portfolio those of the rules
 * that failed. An object is invalid ({@code false}) when it has an error finding.
 * <p>
 * The caller may put in the context map a {@link ScoringResult} under {@link #SCORING_RESULT}
 * (the workbench's current scoring; otherwise the validator's scoring function is applied) and
 * {@link ValidationOptions} under {@link #OPTIONS}. Without a context map, every call validates
 * the whole portfolio again: pass one (EMF's {@code Diagnostician} always does). If scoring the
 * portfolio throws, the portfolio gets one rule-failure diagnostic (rule id {@link #SCORING_FAILURE})
 * and no rule runs.
 */
public final class CartographValidator implements EValidator {

    /** Context key of a {@link ScoringResult} of the validated portfolio, to use instead of scoring it. */
    public static final String SCORING_RESULT = "dev.cartograph.validation.scoringResult"; //$NON-NLS-1$

    /** Context key of the {@link ValidationOptions} to use instead of the validator's. */
    public static final String OPTIONS = "dev.cartograph.validation.options"; //$NON-NLS-1$

    /**
     * The rule id of the failure reported on the portfolio when it could not be scored (the
     * scoring function threw): no rule ran.
     */
    public static final String SCORING_FAILURE = "scoring"; //$NON-NLS-1$

    private final PortfolioValidation validation;
    private final Function<Portfolio, ScoringResult> scoring;
    private final ValidationOptions options;

    /**
     * @param validation the rules to run
     * @param engine scores a portfolio before it is validated
     * @param options the default options
     */
    public CartographValidator(PortfolioValidation validation, ScoringEngine engine, ValidationOptions options) {
        this(validation, engine::score, options);
    }

    /**
     * @param validation the rules to run
     * @param scoring gives the current scoring of a portfolio (for example from a scoring session)
     * @param options the default options
     */
    public CartographValidator(PortfolioValidation validation, Function<Portfolio, ScoringResult> scoring,
            ValidationOptions options) {
        this.validation = Objects.requireNonNull(validation);
        this.scoring = Objects.requireNonNull(scoring);
        this.options = Objects.requireNonNull(options);
    }

    /**
     * Adds this validator to the {@link ComposedValidator} of the Cartograph package in a
     * registry, creating it (around what was registered) if needed.
     *
     * @param registry the registry, usually {@link EValidator.Registry#INSTANCE}
     */
    public void register(EValidator.Registry registry) {
        ComposedValidator.install(registry, CartographPackage.eINSTANCE).add(this);
    }

    /**
     * Removes this validator from the registry's composed validator of the Cartograph package.
     *
     * @param registry the registry it was registered in
     */
    public void unregister(EValidator.Registry registry) {
        if (registry.getEValidator(CartographPackage.eINSTANCE) instanceof ComposedValidator composed) {
            composed.remove(this);
        }
    }

    /**
     * Validates the portfolio containing an object, or returns the report already made in this context.
     *
     * @param eObject an object of a portfolio
     * @param context the validation's context map, possibly {@code null}
     * @return the report of its portfolio, or {@code null} when the object is not in a portfolio
     */
    public ValidationReport report(EObject eObject, Map<Object, Object> context) {
        if (!(EcoreUtil.getRootContainer(eObject) instanceof Portfolio portfolio)) {
            return null;
        }
        if (context == null) {
            return compute(portfolio, null);
        }
        @SuppressWarnings("unchecked")
        Map<Portfolio, ValidationReport> reports = (Map<Portfolio, ValidationReport>) context
                .computeIfAbsent(this, k -> new IdentityHashMap<Portfolio, ValidationReport>());
        return reports.computeIfAbsent(portfolio, p -> compute(p, context));
    }

    private ValidationReport compute(Portfolio portfolio, Map<Object, Object> context) {
        Object custom = context == null ? null : context.get(OPTIONS);
        ValidationOptions applied = custom instanceof ValidationOptions o ? o : options;
        Object given = context == null ? null : context.get(SCORING_RESULT);
        ScoringResult result;
        try {
            result = given instanceof ScoringResult r && r.portfolio() == portfolio ? r : scoring.apply(portfolio);
        } catch (RuntimeException e) {
            RuleFailure failure = new RuleFailure(SCORING_FAILURE, "", Messages.format(applied.locale(), //$NON-NLS-1$
                    "Failure_scoring", Failures.describe(e))); //$NON-NLS-1$
            return new ValidationReport(portfolio, applied.locale(), List.of(), List.of(failure));
        }
        return validation.validate(portfolio, result, applied);
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        ValidationReport report = report(eObject, context);
        if (report == null) {
            return true;
        }
        boolean valid = true;
        for (Finding finding : report.findingsFor(eObject)) {
            valid &= finding.severity() != FindingSeverity.ERROR;
            if (diagnostics != null) {
                diagnostics.add(finding.toDiagnostic());
            }
        }
        if (eObject == report.portfolio() && diagnostics != null) {
            for (RuleFailure failure : report.failures()) {
                diagnostics.add(ValidationReport.failureDiagnostic(report.portfolio(), failure));
            }
        }
        return valid;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }
}

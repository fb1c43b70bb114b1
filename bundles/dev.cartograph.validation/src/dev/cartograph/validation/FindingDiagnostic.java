// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * The EMF diagnostic of one {@link Finding}. Its data follow the EMF convention and add the
 * rule id: {@code getData().get(0)} is the element, {@code getData().get(1)} the rule id,
 * the rest the related elements. Diagnostics of rules that failed have code
 * {@link #RULE_FAILURE}, the portfolio as element and the failed rule's id at index 1.
 */
public final class FindingDiagnostic extends BasicDiagnostic {

    /** The source of every diagnostic of Cartograph validation: the bundle id. */
    public static final String SOURCE = "dev.cartograph.validation"; //$NON-NLS-1$

    /** The code of a diagnostic that reports a finding. */
    public static final int FINDING = 1;

    /** The code of a diagnostic that reports a rule that failed (threw) and so could not check the portfolio. */
    public static final int RULE_FAILURE = 2;

    /** The code of the summary diagnostic of a whole report. */
    public static final int SUMMARY = 0;

    private final Finding finding;

    FindingDiagnostic(Finding finding, Object[] data) {
        super(finding.severity().diagnosticSeverity(), SOURCE, FINDING, finding.message(), data);
        this.finding = finding;
    }

    /** @return the finding this diagnostic reports */
    public Finding finding() {
        return finding;
    }

    /**
     * @param diagnostic any diagnostic
     * @return the finding it reports, when it is a {@link FindingDiagnostic}
     */
    public static Optional<Finding> findingOf(Diagnostic diagnostic) {
        return diagnostic instanceof FindingDiagnostic d ? Optional.of(d.finding) : Optional.empty();
    }

    /**
     * Reads the rule id of a Cartograph validation diagnostic, a finding or a rule failure.
     *
     * @param diagnostic any diagnostic
     * @return the rule id, when the diagnostic comes from Cartograph validation
     */
    public static Optional<String> ruleIdOf(Diagnostic diagnostic) {
        if (!SOURCE.equals(diagnostic.getSource())
                || diagnostic.getCode() != FINDING && diagnostic.getCode() != RULE_FAILURE) {
            return Optional.empty();
        }
        List<?> data = diagnostic.getData();
        return data.size() > 1 && data.get(1) instanceof String id ? Optional.of(id) : Optional.empty();
    }

    /**
     * @param diagnostic any diagnostic
     * @return the element it concerns: the first datum when it is a model element
     */
    public static Optional<EObject> elementOf(Diagnostic diagnostic) {
        List<?> data = diagnostic.getData();
        return !data.isEmpty() && data.get(0) instanceof EObject element ? Optional.of(element) : Optional.empty();
    }
}

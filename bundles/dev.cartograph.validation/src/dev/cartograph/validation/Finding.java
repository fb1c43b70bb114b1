// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * One thing a rule found in a portfolio. Immutable.
 *
 * @param ruleId the id of the rule that found it (see {@link ValidationRule#id()})
 * @param severity its severity, after the {@link ValidationOptions} were applied
 * @param message the explanation for a business user, in the locale of the validation
 * @param element the model element it concerns: where a marker goes and what a quick fix changes
 * @param related other elements it involves (for example the other use case of a duplicate), possibly empty
 */
public record Finding(String ruleId, FindingSeverity severity, String message, EObject element,
        List<EObject> related) {

    /** Checks the arguments and copies the list. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId"); //$NON-NLS-1$
        Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
        Objects.requireNonNull(message, "message"); //$NON-NLS-1$
        Objects.requireNonNull(element, "element"); //$NON-NLS-1$
        related = List.copyOf(related);
    }

    /**
     * Turns the finding into an EMF diagnostic: source {@link FindingDiagnostic#SOURCE}, code
     * {@link FindingDiagnostic#FINDING}, the finding's severity and message, and as data the
     * element, then the rule id, then the related elements.
     *
     * @return the diagnostic
     */
    public FindingDiagnostic toDiagnostic() {
        List<Object> data = new ArrayList<>(2 + related.size());
        data.add(element);
        data.add(ruleId);
        data.addAll(related);
        return new FindingDiagnostic(this, data.toArray());
    }
}

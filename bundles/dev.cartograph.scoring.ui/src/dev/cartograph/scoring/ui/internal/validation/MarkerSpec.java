// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.cartograph.model.NamedElement;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.ui.viewers.Labels;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.QuickFix;
import dev.cartograph.validation.RuleFailure;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationReport;

/**
 * The attributes of one problem marker, read from a finding while the model may be read; the
 * markers themselves are written later, in a workspace job.
 *
 * @param attributes the marker's attributes
 */
public record MarkerSpec(Map<String, Object> attributes) {

    /** Marker attribute: the labels of the finding's quick fixes, one a line (string). */
    public static final String QUICK_FIXES = "quickFixes"; //$NON-NLS-1$

    /** The rule id of a file that could not be read. */
    public static final String LOAD_RULE = "file.unreadable"; //$NON-NLS-1$

    /** Copies the attributes. */
    public MarkerSpec {
        attributes = Map.copyOf(attributes);
    }

    /**
     * @param report a validation report
     * @param rules the rules, for the quick fixes
     * @return one marker per finding, then one per rule that failed
     */
    public static List<MarkerSpec> of(ValidationReport report, RuleRegistry rules) {
        List<MarkerSpec> specs = new ArrayList<>(report.findings().size() + report.failures().size());
        for (Finding finding : report.findings()) {
            List<String> fixes = new ArrayList<>();
            for (QuickFix fix : rules.quickFixes(finding)) {
                fixes.add(fix.label(finding, report.locale()));
            }
            specs.add(of(finding.ruleId(), finding.severity(), finding.message(), finding.element(), fixes));
        }
        for (RuleFailure failure : report.failures()) {
            specs.add(of(failure.ruleId(), FindingSeverity.WARNING, failure.message(), report.portfolio(), List.of()));
        }
        return specs;
    }

    /**
     * @param message why the file could not be read
     * @return a marker for the file
     */
    public static MarkerSpec unreadable(String message) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, message);
        attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        attributes.put(ScoringUi.MARKER_RULE_ID, LOAD_RULE);
        return new MarkerSpec(attributes);
    }

    private static MarkerSpec of(String ruleId, FindingSeverity severity, String message, EObject element,
            List<String> fixes) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, message);
        attributes.put(IMarker.SEVERITY, switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        });
        attributes.put(ScoringUi.MARKER_RULE_ID, ruleId);
        String id = ModelPersistence.getId(element);
        if (id != null) {
            attributes.put(ScoringUi.MARKER_ELEMENT_ID, id);
        }
        if (element.eResource() != null) {
            attributes.put(EValidator.URI_ATTRIBUTE, EcoreUtil.getURI(element).toString());
        }
        String location = location(element);
        if (location != null) {
            attributes.put(IMarker.LOCATION, location);
        }
        if (!fixes.isEmpty()) {
            attributes.put(QUICK_FIXES, String.join("\n", fixes)); //$NON-NLS-1$
        }
        return new MarkerSpec(attributes);
    }

    /**
     * @param element a model element
     * @return the name of the element, or of the nearest named element that contains it, and
     *         the kind of element when it has no name of its own
     */
    static String location(EObject element) {
        EObject named = element;
        while (named != null && !(named instanceof NamedElement)) {
            named = named.eContainer();
        }
        String name = named instanceof NamedElement namedElement ? namedElement.getName() : null;
        if (name != null && name.isBlank()) {
            name = null;
        }
        if (named == element || named == null) {
            return name == null ? kind(element) : name;
        }
        String kind = kind(element);
        return name == null ? kind : name + " \u203A " + kind; //$NON-NLS-1$
    }

    private static String kind(EObject element) {
        return switch (element.eClass().getName()) {
            case "Score" -> Messages.Kind_score; //$NON-NLS-1$
            case "BusinessCase" -> Messages.Kind_businessCase; //$NON-NLS-1$
            case "Kpi" -> Messages.Kind_kpi; //$NON-NLS-1$
            case "Evidence" -> Messages.Kind_evidence; //$NON-NLS-1$
            case "ScoringConfiguration" -> Messages.Kind_scoringConfiguration; //$NON-NLS-1$
            case "CriterionSetting" -> Messages.Kind_criterionSetting; //$NON-NLS-1$
            case "Gate" -> Messages.Kind_gate; //$NON-NLS-1$
            default -> Labels.type(element.eClass()).toLowerCase(Locale.getDefault());
        };
    }
}

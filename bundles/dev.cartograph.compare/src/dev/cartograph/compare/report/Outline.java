// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.report;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.cartograph.compare.ModelSnapshot;

/**
 * A portfolio as plain text for line-based tools (git's {@code textconv}, so that {@code git log -p} reads as a
 * list of changed features): one unindented line per element naming it with its containers, then one indented line
 * per feature set on it, {@code name: value}, references by their targets' labels. Elements are in model order,
 * features in the metamodel's order, so the same model always gives the same text.
 */
public final class Outline {

    private final ModelVocabulary words;

    /**
     * @param words the vocabulary
     */
    public Outline(ModelVocabulary words) {
        this.words = words;
    }

    /**
     * @param resource a model
     * @return its outline, each line ending with a line end
     */
    public String write(Resource resource) {
        StringBuilder out = new StringBuilder();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            out.append(path(element)).append('\n');
            for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
                if (!ModelSnapshot.isPersisted(feature) || !element.eIsSet(feature)
                        || feature instanceof EReference reference && reference.isContainment()) {
                    continue;
                }
                out.append("    ").append(words.featureName(feature)).append(": ") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(value(element, feature)).append('\n');
            }
        }
        return out.toString();
    }

    private String path(EObject element) {
        List<String> labels = new ArrayList<>();
        for (EObject current = element; current != null; current = current.eContainer()) {
            labels.add(0, words.label(current));
        }
        return String.join(" \u203a ", labels); //$NON-NLS-1$
    }

    private String value(EObject element, EStructuralFeature feature) {
        Object value = element.eGet(feature);
        List<?> items = feature.isMany() ? (List<?>) value : List.of(value);
        List<String> shown = new ArrayList<>();
        for (Object item : items) {
            shown.add(item(feature, item));
        }
        return String.join(", ", shown).replace("\r", "").replace('\n', ' '); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private String item(EStructuralFeature feature, Object item) {
        if (feature instanceof EReference) {
            EObject target = (EObject) item;
            return target.eIsProxy() ? EcoreUtil.getURI(target).toString() : words.label(target);
        }
        EAttribute attribute = (EAttribute) feature;
        String literal = EcoreUtil.convertToString(attribute.getEAttributeType(), item);
        return attribute.getEAttributeType() instanceof EEnum eEnum ? words.literal(eEnum, literal) : literal;
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

import dev.cartograph.compare.Change;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;

/**
 * Describes the changes between two versions of a portfolio in the user's words, grouped by the journey, workflow
 * or use case they belong to (journeys first, then workflows, use cases, and the rest of the portfolio), each group
 * in the order of the model.
 */
public final class ChangeDescriptions {

    private final Resource before;
    private final Resource after;
    private final ModelVocabulary words;

    /**
     * @param before the old version, {@code null} for none (every element is new)
     * @param after the new version, {@code null} for none (every element is gone)
     * @param words the vocabulary
     */
    public ChangeDescriptions(Resource before, Resource after, ModelVocabulary words) {
        this.before = before;
        this.after = after;
        this.words = words;
    }

    /**
     * @param changes changes from {@link dev.cartograph.compare.ModelDiff#compare}
     * @return their descriptions, grouped
     */
    public List<DescribedChange> describe(List<Change> changes) {
        Map<String, List<DescribedChange>> groups = new LinkedHashMap<>();
        Map<String, Integer> rank = new LinkedHashMap<>();
        for (Change change : changes) {
            DescribedChange described = describe(change);
            groups.computeIfAbsent(described.groupId(), key -> new ArrayList<>()).add(described);
            rank.putIfAbsent(described.groupId(), groupRank(element(change)));
        }
        return groups.entrySet().stream().sorted(Comparator.comparing(entry -> rank.get(entry.getKey())))
                .flatMap(entry -> entry.getValue().stream()).collect(Collectors.toList());
    }

    /**
     * @param id an element's id
     * @param className the name of its class
     * @return the element for people, as it is in the new version (else the old), else its class
     */
    public String element(String id, String className) {
        EObject element = after == null ? null : after.getEObject(id);
        if (element == null && before != null) {
            element = before.getEObject(id);
        }
        if (element != null) {
            return words.label(element);
        }
        EClass eClass = eClass(className);
        return eClass == null ? className : words.className(eClass);
    }

    /**
     * @param className the name of a class
     * @param featureName the name of one of its features, or {@code null}
     * @return the feature for people, {@code null} for none
     */
    public String feature(String className, String featureName) {
        EClass eClass = eClass(className);
        EStructuralFeature feature = eClass == null || featureName == null ? null
                : eClass.getEStructuralFeature(featureName);
        return feature == null ? featureName : words.featureName(feature);
    }

    /**
     * @param className the name of a class
     * @param featureName the name of one of its features; another name (such as {@code location} for a conflict of
     *            moves) or {@code null} for an element's location
     * @param value a value as {@link Change} and {@link dev.cartograph.compare.Conflict} hold it
     * @return the value for people (targets by their labels in the new version), {@code null} for none
     */
    public String value(String className, String featureName, Object value) {
        EClass eClass = eClass(className);
        EStructuralFeature feature = eClass == null || featureName == null ? null
                : eClass.getEStructuralFeature(featureName);
        if (feature != null) {
            return value(after, feature, value);
        }
        if (value instanceof String location && location.indexOf('#') > 0) {
            return location(after != null && after.getEObject(location.substring(0, location.indexOf('#'))) != null
                    ? after : before, location);
        }
        return value == null ? null : String.valueOf(value);
    }

    private static EClass eClass(String className) {
        return className == null ? null
                : CartographPackage.eINSTANCE.getEClassifier(className) instanceof EClass eClass ? eClass : null;
    }

    private DescribedChange describe(Change change) {
        EObject element = element(change);
        EObject group = group(element);
        String groupId = group == null ? "" : id(group); //$NON-NLS-1$
        String groupLabel = group == null ? "" : words.label(group); //$NON-NLS-1$
        String label = element == null ? change.eClass().getName() : words.label(element);
        EStructuralFeature feature = change.feature() == null ? null
                : change.eClass().getEStructuralFeature(change.feature());
        return switch (change.kind()) {
        case ADDED -> new DescribedChange(change, groupId, groupLabel, label, null, null, location(after,
                (String) change.newValue()));
        case REMOVED -> new DescribedChange(change, groupId, groupLabel, label, null, location(before,
                (String) change.oldValue()), null);
        case MOVED -> new DescribedChange(change, groupId, groupLabel, label, featureName(feature, change),
                location(before, (String) change.oldValue()), location(after, (String) change.newValue()));
        case CHANGED -> new DescribedChange(change, groupId, groupLabel, label, featureName(feature, change),
                value(before, feature, change.oldValue()), value(after, feature, change.newValue()));
        };
    }

    private String featureName(EStructuralFeature feature, Change change) {
        return feature == null ? change.feature() : words.featureName(feature);
    }

    /** The element in the version where it is (the old one for a removal). */
    private EObject element(Change change) {
        Resource resource = change.kind() == Change.Kind.REMOVED ? before : after;
        return resource == null ? null : resource.getEObject(change.elementId());
    }

    private static EObject group(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof CustomerJourney || current instanceof Workflow || current instanceof UseCase
                    || current instanceof Portfolio) {
                return current;
            }
        }
        return null;
    }

    private static int groupRank(EObject element) {
        EObject group = group(element);
        if (group instanceof CustomerJourney) {
            return 0;
        }
        if (group instanceof Workflow) {
            return 1;
        }
        return group instanceof UseCase ? 2 : 3;
    }

    private static String id(EObject element) {
        return element.eResource() == null ? "" : element.eResource().getURIFragment(element); //$NON-NLS-1$
    }

    /** A location {@code containerId#feature} or {@code containerId#feature[i]}, for people. */
    private String location(Resource resource, String location) {
        if (location == null) {
            return null;
        }
        int hash = location.lastIndexOf('#');
        String container = hash < 0 ? location : location.substring(0, hash);
        String rest = hash < 0 ? "" : location.substring(hash + 1); //$NON-NLS-1$
        int bracket = rest.indexOf('[');
        String featureName = bracket < 0 ? rest : rest.substring(0, bracket);
        EObject owner = resource == null ? null : resource.getEObject(container);
        if (owner == null) {
            return location;
        }
        EStructuralFeature feature = owner.eClass().getEStructuralFeature(featureName);
        StringBuilder text = new StringBuilder(words.label(owner));
        if (feature != null) {
            text.append(" \u203a ").append(words.featureName(feature)); //$NON-NLS-1$
        }
        if (bracket >= 0) {
            int position = Integer.parseInt(rest.substring(bracket + 1, rest.length() - 1)) + 1;
            text.append(" #").append(position); //$NON-NLS-1$
        }
        return text.toString();
    }

    private String value(Resource resource, EStructuralFeature feature, Object value) {
        if (value == null) {
            return null;
        }
        List<String> items = value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : List.of((String) value);
        List<String> shown = new ArrayList<>();
        for (String item : items) {
            shown.add(item(resource, feature, item));
        }
        return String.join(", ", shown); //$NON-NLS-1$
    }

    private String item(Resource resource, EStructuralFeature feature, String item) {
        if (feature instanceof EReference) {
            EObject target = resource == null ? null : resource.getEObject(item);
            return target == null ? item : words.label(target);
        }
        if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum eEnum) {
            return words.literal(eEnum, item);
        }
        return item;
    }
}

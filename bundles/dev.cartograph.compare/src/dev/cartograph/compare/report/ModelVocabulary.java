// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Score;
import dev.cartograph.model.provider.CartographEditPlugin;

/**
 * The user's words for the classes, features and enumeration literals of the metamodel, in a given language: the
 * texts of the model's item providers ({@code plugin.properties} of {@code dev.cartograph.model.edit}, English and
 * French), read with an explicit locale so that a command line run is in the language asked for. A class or feature
 * without a text is shown by its name.
 */
public final class ModelVocabulary {

    private final ResourceBundle texts;

    /**
     * @param locale the language
     */
    public ModelVocabulary(Locale locale) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle("plugin", locale, CartographEditPlugin.class.getClassLoader(), //$NON-NLS-1$
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            bundle = null;
        }
        texts = bundle;
    }

    /**
     * @param eClass a class
     * @return its name for people, such as "Use case"
     */
    public String className(EClass eClass) {
        return text("_UI_" + eClass.getName() + "_type", eClass.getName()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param feature a feature
     * @return its name for people, such as "Value"
     */
    public String featureName(EStructuralFeature feature) {
        return text("_UI_" + feature.getEContainingClass().getName() + '_' + feature.getName() + "_feature", //$NON-NLS-1$ //$NON-NLS-2$
                feature.getName());
    }

    /**
     * @param eEnum an enumeration
     * @param literal one of its literals
     * @return the literal for people
     */
    public String literal(EEnum eEnum, String literal) {
        return text("_UI_" + eEnum.getName() + '_' + literal + "_literal", literal); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param element an element
     * @return its class and what identifies it for people: {@code Use case "Claims triage"}, {@code Score
     *         strategic-value (Alice)}
     */
    public String label(EObject element) {
        String type = className(element.eClass());
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return type + " \u201c" + named.getName().strip() + '\u201d'; //$NON-NLS-1$
        }
        if (element instanceof Score score && score.getCriterionId() != null) {
            String assessor = score.getAssessor() == null || score.getAssessor().isBlank() ? "" //$NON-NLS-1$
                    : " (" + score.getAssessor().strip() + ')'; //$NON-NLS-1$
            return type + ' ' + score.getCriterionId() + assessor;
        }
        return type;
    }

    private String text(String key, String fallback) {
        if (texts != null && texts.containsKey(key)) {
            return texts.getString(key);
        }
        return fallback;
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.persistence;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;

/**
 * What a {@link ModelMigration} works on: the resource being loaded, whose content the current model did not
 * recognise is kept in its {@link XMLResource#getEObjectToExtensionMap() extension map}, and helpers to move such
 * content where the current model expects it.
 */
public final class MigrationContext {

    private final XMLResource resource;
    private final String sourceNamespace;

    /**
     * Creates the context of a migration; Cartograph creates it while loading, tests may create one to run a
     * migration directly.
     *
     * @param resource the resource being loaded
     * @param sourceNamespace the namespace URI the file was written in
     */
    public MigrationContext(XMLResource resource, String sourceNamespace) {
        this.resource = Objects.requireNonNull(resource);
        this.sourceNamespace = Objects.requireNonNull(sourceNamespace);
    }

    /** @return the resource being loaded */
    public XMLResource getResource() {
        return resource;
    }

    /** @return the namespace URI the file was written in */
    public String getSourceNamespace() {
        return sourceNamespace;
    }

    /**
     * Takes away an attribute the current model did not recognise on an element, so that it is no longer written
     * back when saving.
     *
     * @param object an element of the resource
     * @param name the attribute's name as written in the file (without prefix)
     * @return the attribute's value as written in the file, or {@code null} if the element had no such attribute
     */
    public String removeUnknownAttribute(EObject object, String name) {
        Map<EObject, AnyType> extensions = resource.getEObjectToExtensionMap();
        AnyType extension = extensions.get(object);
        if (extension == null) {
            return null;
        }
        String value = null;
        for (Iterator<FeatureMap.Entry> entries = extension.getAnyAttribute().iterator(); entries.hasNext();) {
            FeatureMap.Entry entry = entries.next();
            if (name.equals(ExtendedMetaData.INSTANCE.getName(entry.getEStructuralFeature()))) {
                value = String.valueOf(entry.getValue());
                entries.remove();
                break;
            }
        }
        if (extension.getAnyAttribute().isEmpty() && extension.getMixed().isEmpty()) {
            extensions.remove(object);
        }
        return value;
    }

    /**
     * Moves the value of an attribute that an older model called {@code oldName} to its current attribute, on
     * every element of the given class (or a subclass) that has it.
     *
     * @param eClass the class whose instances had the attribute
     * @param oldName the attribute's name in the older model
     * @param attribute the attribute of the current model that replaces it
     * @return how many elements had the attribute
     * @throws IllegalArgumentException if a value is not valid for the current attribute
     */
    public int renameAttribute(EClass eClass, String oldName, EAttribute attribute) {
        int renamed = 0;
        for (EObject object : new ArrayList<>(resource.getEObjectToExtensionMap().keySet())) {
            if (eClass.isSuperTypeOf(object.eClass())) {
                String value = removeUnknownAttribute(object, oldName);
                if (value != null) {
                    object.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), value));
                    renamed++;
                }
            }
        }
        return renamed;
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;

/**
 * Warns about the attributes and elements of a file that the model does not know and that are kept as they are,
 * so that a misspelt attribute does not go unnoticed. Content a migration took over is not reported.
 */
final class UnknownContentWarnings {

    private static final int MAX_WARNINGS = 50;

    private final List<UnknownContent> unknown = new ArrayList<>();
    private int more;

    /**
     * Records an attribute or element the model does not know.
     *
     * @param owner the element it belongs to
     * @param name its name as written
     * @param element {@code true} for an element, {@code false} for an attribute
     * @param line where it is
     * @param column where it is
     */
    void add(EObject owner, String name, boolean element, int line, int column) {
        if (unknown.size() < MAX_WARNINGS) {
            unknown.add(new UnknownContent(owner, name, element, line, column));
        } else {
            more++;
        }
    }

    /**
     * @param uri the URI of the file
     * @param resource the loaded resource, after migrations
     * @return one warning for each of the first recorded items still kept, and one for the rest
     */
    List<Resource.Diagnostic> warnings(URI uri, XMLResource resource) {
        List<Resource.Diagnostic> warnings = new ArrayList<>();
        for (UnknownContent item : unknown) {
            if (item.isKeptIn(resource)) {
                String key = item.element() ? "LoadWarning_unknownElement" : "LoadWarning_unknownAttribute"; //$NON-NLS-1$ //$NON-NLS-2$
                warnings.add(new LoadWarning(uri, item.line(), item.column(),
                        Messages.format(key, LoadDiagnoser.label(item.owner()), item.name())));
            }
        }
        if (more > 0) {
            warnings.add(new LoadWarning(uri, -1, -1, Messages.format("LoadWarning_moreUnknown", more))); //$NON-NLS-1$
        }
        return warnings;
    }

    /** An attribute or element the model did not know. */
    private record UnknownContent(EObject owner, String name, boolean element, int line, int column) {

        /** @return {@code true} unless a migration took it away */
        boolean isKeptIn(XMLResource resource) {
            AnyType extension = resource.getEObjectToExtensionMap().get(owner);
            if (extension == null) {
                return false;
            }
            FeatureMap content = element ? extension.getAny() : extension.getAnyAttribute();
            for (FeatureMap.Entry entry : content) {
                if (name.equals(qualifiedName(entry.getEStructuralFeature()))) {
                    return true;
                }
            }
            return false;
        }

        private String qualifiedName(EStructuralFeature feature) {
            String localName = ExtendedMetaData.INSTANCE.getName(feature);
            int colon = name.indexOf(':');
            return colon < 0 ? localName : name.substring(0, colon + 1) + localName;
        }
    }
}

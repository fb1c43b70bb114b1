// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;

import dev.cartograph.scoring.ui.ScoringUi;

/**
 * Finds the model element a validation marker is about in a loaded portfolio. (Showing it is
 * the editor's work: the portfolio editor is an {@link org.eclipse.ui.ide.IGotoMarker} that reads
 * the marker's {@link EValidator#URI_ATTRIBUTE}.)
 */
final class MarkerElements {

    private MarkerElements() {
    }

    /**
     * @param resource the editor's resource, or {@code null}
     * @param marker a validation marker
     * @return the element it is about, in that resource, or {@code null}
     */
    static EObject elementOf(Resource resource, IMarker marker) {
        if (resource == null) {
            return null;
        }
        String id = marker.getAttribute(ScoringUi.MARKER_ELEMENT_ID, null);
        EObject element = id == null ? null : resource.getEObject(id);
        if (element == null) {
            String uri = marker.getAttribute(EValidator.URI_ATTRIBUTE, null);
            String fragment = uri == null ? null : URI.createURI(uri).fragment();
            element = fragment == null ? null : resource.getEObject(fragment);
        }
        return element;
    }
}

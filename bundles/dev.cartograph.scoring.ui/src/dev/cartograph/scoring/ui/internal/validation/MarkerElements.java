// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ide.IGotoMarker;

import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.ui.editor.PortfolioEditor;

/** Shows the element of a validation marker in a portfolio editor: selects it. */
final class EditorGotoMarker implements IGotoMarker {

    private final PortfolioEditor editor;

    EditorGotoMarker(PortfolioEditor editor) {
        this.editor = editor;
    }

    @Override
    public void gotoMarker(IMarker marker) {
        EObject element = elementOf(editor.getResource(), marker);
        ISelectionProvider provider = editor.getSite().getSelectionProvider();
        if (element != null && provider != null) {
            provider.setSelection(new StructuredSelection(element));
        }
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

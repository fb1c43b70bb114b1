// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Ids of diagram elements built from model elements: stable across rebuilds of the same model
 * (a saved portfolio's elements have UUIDs; an unsaved one's are named by their place in the
 * model), and valid as XML ids, so that selections survive a rebuild and the SVG of an unchanged
 * model is the same bytes.
 */
public final class MapIds {

    private MapIds() {
    }

    /**
     * @param element a model element
     * @return its id: its {@code xmi:id} when it has one, else its path from its root
     */
    public static String of(EObject element) {
        Resource resource = element.eResource();
        String fragment = resource != null ? resource.getURIFragment(element)
                : EcoreUtil.getRelativeURIFragmentPath(EcoreUtil.getRootContainer(element), element);
        if (fragment == null || fragment.isEmpty() || fragment.equals("/")) { //$NON-NLS-1$
            return "root"; //$NON-NLS-1$
        }
        StringBuilder id = new StringBuilder(fragment.length());
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-' || c == '_') {
                id.append(c);
            } else if (c == '/') {
                if (id.length() > 0 && id.charAt(id.length() - 1) != '-') {
                    id.append('-');
                }
            } else if (c != '@') {
                id.append('_');
            }
        }
        return id.length() == 0 ? "root" : id.toString(); //$NON-NLS-1$
    }

    /**
     * @param kind what the diagram element is ({@code "friction"})
     * @param element the model element it stands for
     * @return {@code kind:id}
     */
    public static String of(String kind, EObject element) {
        return kind + ':' + of(element);
    }

    /**
     * The id of a model element shown more than once, under another element (a use case on each
     * step it is anchored on).
     *
     * @param kind what the diagram element is
     * @param element the model element it stands for
     * @param under the element it is shown under
     * @return {@code kind:id@underId}
     */
    public static String of(String kind, EObject element, EObject under) {
        return of(kind, element) + '@' + of(under);
    }
}

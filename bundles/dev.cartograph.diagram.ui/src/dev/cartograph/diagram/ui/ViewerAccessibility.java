// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.Accessible;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Rectangle;

import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.ui.internal.Messages;
import dev.cartograph.diagram.ui.internal.Navigation;

/**
 * What screen readers are told about a {@link DiagramViewer}: the canvas is a list whose items are
 * the elements in Tab order; each item's name is its label and kind ("Invoice intake, step"),
 * and the focused one is announced as the focus moves.
 */
final class ViewerAccessibility {

    private final DiagramViewer viewer;
    private final Accessible accessible;
    private final AccessibleAdapter names = new AccessibleAdapter() {
        @Override
        public void getName(AccessibleEvent e) {
            e.result = name(e.childID);
        }

        @Override
        public void getHelp(AccessibleEvent e) {
            DiagramElement element = element(e.childID);
            e.result = element == null ? null : Gestures.tooltip(element);
        }
    };
    private final AccessibleControlAdapter control = new AccessibleControlAdapter() {
        @Override
        public void getChildAtPoint(AccessibleControlEvent e) {
            org.eclipse.swt.graphics.Point p = viewer.getCanvas().toControl(e.x, e.y);
            DiagramElement hit = viewer.elementAt(p.x, p.y);
            int id = childId(hit);
            e.childID = id >= 0 ? id : ACC.CHILDID_SELF;
        }

        @Override
        public void getLocation(AccessibleControlEvent e) {
            DiagramElement element = element(e.childID);
            Rectangle r = element == null ? viewer.getCanvas().getClientArea() : viewer.toCanvas(element.bounds());
            org.eclipse.swt.graphics.Point p = viewer.getCanvas().toDisplay(r.x, r.y);
            e.x = p.x;
            e.y = p.y;
            e.width = r.width;
            e.height = r.height;
        }

        @Override
        public void getChildCount(AccessibleControlEvent e) {
            e.detail = order().size();
        }

        @Override
        public void getChildren(AccessibleControlEvent e) {
            int n = order().size();
            Object[] children = new Object[n];
            for (int i = 0; i < n; i++) {
                children[i] = Integer.valueOf(i);
            }
            e.children = children;
        }

        @Override
        public void getFocus(AccessibleControlEvent e) {
            int id = childId(viewer.getFocusedElement());
            e.childID = viewer.getCanvas().isFocusControl() ? (id >= 0 ? id : ACC.CHILDID_SELF) : ACC.CHILDID_NONE;
        }

        @Override
        public void getRole(AccessibleControlEvent e) {
            e.detail = e.childID == ACC.CHILDID_SELF ? ACC.ROLE_LIST : ACC.ROLE_LISTITEM;
        }

        @Override
        public void getState(AccessibleControlEvent e) {
            DiagramElement element = element(e.childID);
            int state = ACC.STATE_FOCUSABLE;
            if (element == null) {
                state |= viewer.getCanvas().isFocusControl() ? ACC.STATE_FOCUSED : 0;
            } else {
                state |= ACC.STATE_SELECTABLE;
                state |= viewer.isSelected(element) ? ACC.STATE_SELECTED : 0;
                state |= element == viewer.getFocusedElement() ? ACC.STATE_FOCUSED : 0;
            }
            e.detail = state;
        }

        @Override
        public void getValue(AccessibleControlEvent e) {
            DiagramElement element = element(e.childID);
            e.result = element == null ? null : String.join(", ", detailsOf(element)); //$NON-NLS-1$
        }
    };

    ViewerAccessibility(DiagramViewer viewer) {
        this.viewer = viewer;
        this.accessible = viewer.getCanvas().getAccessible();
        accessible.addAccessibleListener(names);
        accessible.addAccessibleControlListener(control);
    }

    private static List<String> detailsOf(DiagramElement element) {
        return element instanceof dev.cartograph.diagram.Node node ? node.details() : List.of();
    }

    private List<DiagramElement> order() {
        Navigation nav = viewer.getNavigation();
        return nav == null ? List.of() : nav.order();
    }

    private DiagramElement element(int childId) {
        List<DiagramElement> order = order();
        return childId >= 0 && childId < order.size() ? order.get(childId) : null;
    }

    private int childId(DiagramElement element) {
        return element == null ? -1 : order().indexOf(element);
    }

    /**
     * @param childId {@link ACC#CHILDID_SELF} or an element's index in Tab order
     * @return what a screen reader says for it
     */
    String name(int childId) {
        DiagramElement element = element(childId);
        if (element == null) {
            String title = viewer.getDiagram() == null ? "" : viewer.getDiagram().title(); //$NON-NLS-1$
            return NLS.bind(Messages.Viewer_accessibleDiagram, title).strip();
        }
        String label = element.label().isBlank() ? Messages.Viewer_unnamed : element.label();
        String name = NLS.bind(Messages.Viewer_accessibleName, label, viewer.kindLabel(element));
        return viewer.isSelected(element) ? NLS.bind(Messages.Viewer_accessibleSelected, name) : name;
    }

    /** @return the child id of the focused element, or {@link ACC#CHILDID_SELF} */
    int focusedChild() {
        int id = childId(viewer.getFocusedElement());
        return id >= 0 ? id : ACC.CHILDID_SELF;
    }

    /** Announces the element that now has the focus. */
    void focusMoved() {
        if (viewer.getCanvas().isFocusControl()) {
            accessible.setFocus(focusedChild());
        }
    }

    /** Tells that the selection changed. */
    void selectionChanged() {
        accessible.selectionChanged();
    }

    /** @return the listener giving names, for tests */
    AccessibleAdapter names() {
        return names;
    }

    /** @return the listener giving roles, states and the focus, for tests */
    AccessibleControlAdapter control() {
        return control;
    }
}

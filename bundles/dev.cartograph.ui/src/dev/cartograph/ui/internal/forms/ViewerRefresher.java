// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.forms;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps the labels of a viewer whose content comes from elsewhere (an observable list) up to
 * date: when an item provider reports that an element's label changed, the viewer updates that
 * element if it shows it. Removes itself when the viewer's control is disposed.
 */
public final class ViewerRefresher implements INotifyChangedListener {

    private final StructuredViewer viewer;

    private ViewerRefresher(StructuredViewer viewer) {
        this.viewer = viewer;
    }

    /**
     * @param viewer the viewer
     * @param adapterFactory the item providers that report changes
     */
    public static void install(StructuredViewer viewer, AdapterFactory adapterFactory) {
        if (adapterFactory instanceof IChangeNotifier changes) {
            ViewerRefresher refresher = new ViewerRefresher(viewer);
            changes.addListener(refresher);
            viewer.getControl().addDisposeListener(e -> changes.removeListener(refresher));
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        Object element = notification.getNotifier();
        if (viewer.getControl().isDisposed() || element == null) {
            return;
        }
        Runnable update = () -> {
            if (!viewer.getControl().isDisposed() && viewer.testFindItem(element) != null) {
                viewer.update(element, null);
            }
        };
        if (Display.getCurrent() == viewer.getControl().getDisplay()) {
            update.run();
        } else {
            viewer.getControl().getDisplay().asyncExec(update);
        }
    }
}

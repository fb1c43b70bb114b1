// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace tree content provider that delegates to EMF item providers (the small equivalent of
 * EMF.Edit.UI's {@code AdapterFactoryContentProvider}, which is not on Maven Central).
 * <p>
 * It listens to the adapter factory and refreshes the viewer when the item providers report a
 * change ({@link IViewerNotification}), in the display thread.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = {};

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    /**
     * @param adapterFactory the factory of item providers; if it is an {@link IChangeNotifier}
     *        the viewer is refreshed on model changes until {@link #dispose()}
     */
    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public Object[] getElements(Object input) {
        if (input == null) {
            return NONE;
        }
        if (input instanceof Object[] array) {
            return array;
        }
        if (input instanceof Collection<?> collection) {
            return collection.toArray();
        }
        Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider instanceof IStructuredItemContentProvider p ? p.getElements(input).toArray() : NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider p ? p.getChildren(parent).toArray() : NONE;
    }

    @Override
    public Object getParent(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider p ? p.getParent(element) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider p && p.hasChildren(element);
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null || !(notification instanceof IViewerNotification change)) {
            return;
        }
        Control control = target.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        Runnable refresh = () -> {
            if (control.isDisposed()) {
                return;
            }
            Object element = change.getElement();
            if (change.isContentRefresh()) {
                if (element == null) {
                    target.refresh(change.isLabelUpdate());
                } else {
                    target.refresh(element, change.isLabelUpdate());
                }
            } else if (change.isLabelUpdate() && element != null) {
                target.update(element, null);
            }
        };
        if (Display.getCurrent() == control.getDisplay()) {
            refresh.run();
        } else {
            control.getDisplay().asyncExec(refresh);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }
}

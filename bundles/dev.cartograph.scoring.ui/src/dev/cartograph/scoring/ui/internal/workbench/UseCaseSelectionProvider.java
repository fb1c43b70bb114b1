// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.workbench;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** A view's selection, as the workbench sees it: the use cases the user selected in the view. */
public final class UseCaseSelectionProvider implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    /** Sets the selection and tells the listeners (the workbench, hence the other views). */
    @Override
    public void setSelection(ISelection newSelection) {
        selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }

    /**
     * Records a selection that came from elsewhere, without telling anyone (it is already known).
     *
     * @param newSelection the selection
     */
    public void setSelectionSilently(ISelection newSelection) {
        selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
    }
}

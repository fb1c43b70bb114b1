// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.editor;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The selection provider of a portfolio editor's site: one provider for the whole editor,
 * which passes on the selection of the viewer the user works in on the active page. Views that
 * follow the workbench selection (Properties, the scoring views) see one stable source, whatever
 * page is active. Setting its selection reveals the elements where the editor shows them best
 * (another page, if the active one cannot show them).
 */
public final class SelectionBroker implements IPostSelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
    private final ISelectionChangedListener forward = event -> fire(listeners, event.getSelection());
    private final ISelectionChangedListener forwardPost = event -> fire(postListeners, event.getSelection());
    private final Predicate<List<?>> revealer;
    private ISelectionProvider delegate;

    /**
     * @param revealer selects elements on the page that shows them best, and says whether it
     *        could
     */
    public SelectionBroker(Predicate<List<?>> revealer) {
        this.revealer = revealer;
    }

    /**
     * Makes a viewer the source of the editor's selection, and announces its selection.
     *
     * @param source the viewer the user works in now, or {@code null}
     */
    public void setSource(ISelectionProvider source) {
        if (source == delegate) {
            return;
        }
        if (delegate != null) {
            delegate.removeSelectionChangedListener(forward);
            if (delegate instanceof IPostSelectionProvider post) {
                post.removePostSelectionChangedListener(forwardPost);
            }
        }
        delegate = source;
        if (delegate != null) {
            delegate.addSelectionChangedListener(forward);
            if (delegate instanceof IPostSelectionProvider post) {
                post.addPostSelectionChangedListener(forwardPost);
            }
        }
        ISelection selection = getSelection();
        fire(listeners, selection);
        fire(postListeners, selection);
    }

    /** @return the viewer the selection comes from, or {@code null} */
    public ISelectionProvider getSource() {
        return delegate;
    }

    @Override
    public ISelection getSelection() {
        return delegate == null ? StructuredSelection.EMPTY : delegate.getSelection();
    }

    /** Reveals the selected elements on the page that shows them best, else selects in the current viewer. */
    @Override
    public void setSelection(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()
                && revealer.test(List.copyOf(structured.toList()))) {
            return;
        }
        if (delegate != null) {
            delegate.setSelection(selection);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.add(listener);
    }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.remove(listener);
    }

    private void fire(ListenerList<ISelectionChangedListener> targets, ISelection selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener listener : targets) {
            listener.selectionChanged(event);
        }
    }
}

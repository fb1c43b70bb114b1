// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;

import dev.cartograph.ui.internal.CartographUi;

/**
 * The validation findings of an editor's file: its problem markers that name a model element
 * (EMF's {@link EValidator#URI_ATTRIBUTE}), and listeners told on the UI thread when they change.
 */
public final class FindingsTracker {

    private final Supplier<IFile> file;
    private final Display display;
    private final ListenerList<Runnable> listeners = new ListenerList<>();
    private boolean listening;
    private boolean scheduled;

    private final IResourceChangeListener markerChanges = this::resourceChanged;

    /**
     * @param file the editor's file, or a supplier of {@code null} for a file outside the workspace
     * @param display the UI thread's display
     */
    public FindingsTracker(Supplier<IFile> file, Display display) {
        this.file = file;
        this.display = display;
    }

    /** @return the problem markers of the file that name an element */
    public List<IMarker> findings() {
        IFile current = file.get();
        List<IMarker> found = new ArrayList<>();
        if (current == null || !current.exists()) {
            return found;
        }
        try {
            for (IMarker marker : current.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
                if (marker.getAttribute(EValidator.URI_ATTRIBUTE, null) != null) {
                    found.add(marker);
                }
            }
        } catch (CoreException e) {
            CartographUi.log(e.getMessage(), e);
        }
        return found;
    }

    /**
     * @param resource the editor's resource, or {@code null}
     * @param marker a marker
     * @return the element it names in that resource, or {@code null}
     */
    public static EObject elementOf(Resource resource, IMarker marker) {
        String uri = marker.getAttribute(EValidator.URI_ATTRIBUTE, null);
        if (resource == null || uri == null) {
            return null;
        }
        String fragment = URI.createURI(uri).fragment();
        return fragment == null ? null : resource.getEObject(fragment);
    }

    /** @param listener told on the UI thread when the file's markers changed */
    public void addListener(Runnable listener) {
        listeners.add(listener);
        if (!listening) {
            ResourcesPlugin.getWorkspace().addResourceChangeListener(markerChanges, IResourceChangeEvent.POST_CHANGE);
            listening = true;
        }
    }

    /** @param listener a listener given to {@link #addListener(Runnable)} */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
        if (listeners.isEmpty()) {
            dispose();
        }
    }

    /** Stops listening. */
    public void dispose() {
        if (listening) {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(markerChanges);
            listening = false;
        }
    }

    private void resourceChanged(IResourceChangeEvent event) {
        IFile current = file.get();
        if (current == null || event.getDelta() == null) {
            return;
        }
        IMarkerDelta[] deltas = event.findMarkerDeltas(IMarker.PROBLEM, true);
        for (IMarkerDelta delta : deltas) {
            if (current.equals(delta.getResource())) {
                schedule();
                return;
            }
        }
    }

    private synchronized void schedule() {
        if (scheduled || display.isDisposed()) {
            return;
        }
        scheduled = true;
        display.asyncExec(() -> {
            synchronized (this) {
                scheduled = false;
            }
            for (Runnable listener : listeners) {
                SafeRunner.run(listener::run);
            }
        });
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.widgets.Display;

/**
 * Watches the workspace file of an editor and tells the editor, in the display thread, when the
 * file's content changed, when it was moved and when it was deleted. Whether a change is real
 * (not the editor's own save) is for the editor to decide, by comparing content.
 */
public final class FileSynchronizer implements IResourceChangeListener {

    /** What the editor does about changes of its file. */
    public interface Handler {
        /** The file's content changed on disk. */
        void fileChanged();

        /**
         * The file was moved or renamed.
         *
         * @param newFile where it is now
         */
        void fileMoved(IFile newFile);

        /** The file was deleted. */
        void fileDeleted();
    }

    private final Display display;
    private final Handler handler;
    private IFile file;

    /**
     * @param display the display whose thread the handler runs in
     * @param handler told about changes
     */
    public FileSynchronizer(Display display, Handler handler) {
        this.display = display;
        this.handler = handler;
    }

    /** @param watched the file to watch from now on */
    public void start(IFile watched) {
        this.file = watched;
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    /** @param watched the file to watch instead (after a move) */
    public void setFile(IFile watched) {
        this.file = watched;
    }

    /** Stops watching. */
    public void stop() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IFile watched = file;
        IResourceDelta root = event.getDelta();
        IResourceDelta delta = watched == null || root == null ? null : root.findMember(watched.getFullPath());
        if (delta == null) {
            return;
        }
        if (delta.getKind() == IResourceDelta.REMOVED) {
            if ((delta.getFlags() & IResourceDelta.MOVED_TO) != 0) {
                IPath to = delta.getMovedToPath();
                IFile moved = ResourcesPlugin.getWorkspace().getRoot().getFile(to);
                later(() -> handler.fileMoved(moved));
            } else {
                later(handler::fileDeleted);
            }
        } else if (delta.getKind() == IResourceDelta.CHANGED
                && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0
                || delta.getKind() == IResourceDelta.ADDED && delta.getResource().getType() == IResource.FILE) {
            later(handler::fileChanged);
        }
    }

    private void later(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(runnable);
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;
import dev.cartograph.scoring.ui.internal.preferences.PreferenceConstants;

/**
 * Validates a portfolio file each time its content changes in the workspace (a save, a
 * replacement, a new file), unless the user turned it off in the preferences.
 */
public final class ValidateOnSave implements IResourceChangeListener {

    /** The extension of portfolio files. */
    public static final String EXTENSION = "cartograph"; //$NON-NLS-1$

    private static ValidateOnSave installed;

    private final Map<IFile, Job> pending = new ConcurrentHashMap<>();

    /** Starts listening to the workspace, once. */
    public static synchronized void install() {
        if (installed == null) {
            installed = new ValidateOnSave();
            ResourcesPlugin.getWorkspace().addResourceChangeListener(installed, IResourceChangeEvent.POST_CHANGE);
        }
    }

    /** Stops listening. */
    public static synchronized void uninstall() {
        if (installed != null) {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(installed);
            installed = null;
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null || !isEnabled()) {
            return;
        }
        List<IFile> changed = new ArrayList<>();
        try {
            event.getDelta().accept(delta -> {
                IResource resource = delta.getResource();
                if (resource.getType() != IResource.FILE) {
                    return true;
                }
                if (EXTENSION.equals(resource.getFileExtension()) && isContentChange(delta)) {
                    changed.add((IFile) resource);
                }
                return false;
            });
        } catch (CoreException e) {
            ScoringUiPlugin.log(IStatus.WARNING, Messages.Validation_deltaFailed, e);
        }
        for (IFile file : changed) {
            Job previous = pending.get(file);
            if (previous != null && previous.getState() == Job.WAITING) {
                previous.cancel();
            }
            Job job = Validations.validateFile(file);
            pending.put(file, job);
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent done) {
                    pending.remove(file, job);
                }
            });
        }
    }

    private static boolean isContentChange(IResourceDelta delta) {
        return delta.getKind() == IResourceDelta.ADDED || delta.getKind() == IResourceDelta.CHANGED
                && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
    }

    private static boolean isEnabled() {
        ScoringUiPlugin plugin = ScoringUiPlugin.getDefault();
        return plugin != null && plugin.getPreferenceStore().getBoolean(PreferenceConstants.VALIDATE_ON_SAVE);
    }
}

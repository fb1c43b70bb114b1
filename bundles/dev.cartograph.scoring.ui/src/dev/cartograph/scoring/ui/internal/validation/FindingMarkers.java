// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.cartograph.scoring.ui.ScoringUi;

/** Writes a file's validation markers: the new ones replace the old ones, in one workspace operation. */
public final class FindingMarkers {

    private FindingMarkers() {
    }

    /**
     * @param file a portfolio file
     * @param specs its markers
     * @param monitor progress and cancellation
     * @throws CoreException if the markers cannot be written
     */
    public static void replace(IFile file, List<MarkerSpec> specs, IProgressMonitor monitor) throws CoreException {
        if (!file.exists()) {
            return;
        }
        IWorkspaceRunnable write = (IProgressMonitor progress) -> {
            SubMonitor sub = SubMonitor.convert(progress, specs.size() + 1);
            file.deleteMarkers(ScoringUi.MARKER_TYPE, true, IResource.DEPTH_ZERO);
            sub.worked(1);
            for (MarkerSpec spec : specs) {
                file.createMarker(ScoringUi.MARKER_TYPE, spec.attributes());
                sub.worked(1);
            }
        };
        ResourcesPlugin.getWorkspace().run(write, file, IWorkspace.AVOID_UPDATE, monitor);
    }

    /**
     * @param file a file
     * @return its validation markers
     * @throws CoreException if they cannot be read
     */
    public static IMarker[] of(IFile file) throws CoreException {
        return file.findMarkers(ScoringUi.MARKER_TYPE, true, IResource.DEPTH_ZERO);
    }
}

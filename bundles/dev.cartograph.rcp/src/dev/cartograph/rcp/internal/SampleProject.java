// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.rcp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import dev.cartograph.ui.internal.wizards.ShippedSample;

/** The sample portfolio shipped with the product, and its installation into the workspace. */
public final class SampleProject {

    static final String BUNDLE_ID = "dev.cartograph.rcp"; //$NON-NLS-1$
    /** Bundle that ships the sample file. */
    public static final String SAMPLE_BUNDLE = ShippedSample.BUNDLE;
    /** Path of the sample file inside {@link #SAMPLE_BUNDLE}. */
    public static final String SAMPLE_ENTRY = ShippedSample.ENTRY;
    private static final String INSTALLED_KEY = "sampleInstalled"; //$NON-NLS-1$

    /** @return whether the sample was installed in this workspace on an earlier launch */
    public boolean isInstalledBefore() {
        return preferences().getBoolean(INSTALLED_KEY, false);
    }

    /**
     * Creates the sample project (unless it exists) with the sample portfolio in it.
     *
     * @return the sample portfolio file in the workspace
     * @throws CoreException if the workspace cannot be changed or the sample is missing
     */
    public IFile install(IProgressMonitor monitor) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(Messages.SampleProject_name);
        IFile file = project.getFile(SAMPLE_ENTRY.substring(SAMPLE_ENTRY.lastIndexOf('/') + 1));
        IWorkspaceRunnable create = m -> {
            if (!project.exists()) {
                project.create(m);
            }
            if (!project.isOpen()) {
                project.open(m);
            }
            if (!file.exists()) {
                try (InputStream in = sampleUrl().openStream()) {
                    file.create(in, true, m);
                } catch (IOException e) {
                    throw new CoreException(Status.error(Messages.SampleProject_missing, e));
                }
            }
        };
        workspace.run(create, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
        Preferences preferences = preferences();
        preferences.putBoolean(INSTALLED_KEY, true);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            throw new CoreException(new Status(IStatus.WARNING, BUNDLE_ID, e.getMessage(), e));
        }
        return file;
    }

    /** @return where the sample portfolio is inside the installed product */
    public static URL sampleUrl() throws IOException {
        return ShippedSample.url();
    }

    private static Preferences preferences() {
        return InstanceScope.INSTANCE.getNode(BUNDLE_ID);
    }
}

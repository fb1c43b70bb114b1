// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import dev.cartograph.ui.editor.IOverviewContribution;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.CartographUi;
import dev.cartograph.ui.internal.Messages;

/**
 * The findings area of the Overview page: the place where other tools (validation first)
 * summarise what they found in the portfolio. Its content comes from the
 * {@code dev.cartograph.ui.overviewContributions} extension point; a broken contribution costs
 * only itself.
 */
final class FindingsSection {

    /** The extension point's id. */
    static final String EXTENSION_POINT = CartographUi.BUNDLE_ID + ".overviewContributions"; //$NON-NLS-1$

    private final List<IOverviewContribution> contributions = new ArrayList<>();

    FindingsSection(PortfolioEditor editor, FormToolkit toolkit, Composite parent) {
        Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(Messages.OverviewPage_findings);
        section.setDescription(Messages.OverviewPage_findingsDescription);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.swtDefaults().applyTo(client);
        section.setClient(client);
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            SafeRunner.run(new ISafeRunnable() {
                @Override
                public void run() throws CoreException {
                    IOverviewContribution contribution = (IOverviewContribution) element.createExecutableExtension("class"); //$NON-NLS-1$
                    Composite area = toolkit.createComposite(client);
                    GridLayoutFactory.fillDefaults().applyTo(area);
                    GridDataFactory.fillDefaults().grab(true, false).applyTo(area);
                    contribution.createContents(area, toolkit, editor);
                    contributions.add(contribution);
                }

                @Override
                public void handleException(Throwable error) {
                    CartographUi.log(Messages.bind(Messages.OverviewPage_contributionFailed, element.getContributor().getName()),
                            error);
                }
            });
        }
        if (contributions.isEmpty()) {
            toolkit.createLabel(client, Messages.OverviewPage_noFindings, SWT.WRAP);
        }
    }

    void dispose() {
        for (IOverviewContribution contribution : contributions) {
            SafeRunner.run(contribution::dispose);
        }
        contributions.clear();
    }
}

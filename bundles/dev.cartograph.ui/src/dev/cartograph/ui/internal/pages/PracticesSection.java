// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.overview.Measure;
import dev.cartograph.ui.internal.overview.Practice;
import dev.cartograph.ui.internal.overview.PracticeMeasures;

/** How far the portfolio follows each of the five practices of the method, with the measures behind it. */
public final class PracticesSection {

    private final FormToolkit toolkit;
    private final Composite client;
    private final List<Control> rows = new ArrayList<>();

    PracticesSection(FormToolkit toolkit, Composite parent) {
        this.toolkit = toolkit;
        Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(Messages.OverviewPage_practices);
        section.setDescription(Messages.OverviewPage_practicesDescription);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        client = toolkit.createComposite(section);
        GridLayoutFactory.swtDefaults().numColumns(3).spacing(8, 2).applyTo(client);
        section.setClient(client);
    }

    void update(Portfolio portfolio, ScoringResult scoring) {
        rows.forEach(Control::dispose);
        rows.clear();
        int number = 1;
        for (Practice practice : PracticeMeasures.of(portfolio, scoring)) {
            Label title = toolkit.createLabel(client, number++ + ". " + practice.title(), SWT.WRAP); //$NON-NLS-1$
            title.setFont(JFaceResources.getBannerFont());
            GridDataFactory.fillDefaults().grab(true, false).indent(0, 8).hint(100, SWT.DEFAULT).applyTo(title);
            CompletenessBar bar = new CompletenessBar(client);
            toolkit.adapt(bar);
            bar.setShare(practice.completeness());
            GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).indent(0, 8).hint(90, 8).applyTo(bar);
            Label percent = toolkit.createLabel(client, practice.isMeasurable()
                    ? Messages.bind(Messages.OverviewPage_percent, practice.percent()) : "\u2013"); //$NON-NLS-1$
            GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).indent(0, 8).hint(40, SWT.DEFAULT).applyTo(percent);
            rows.add(title);
            rows.add(bar);
            rows.add(percent);
            for (Measure measure : practice.measures()) {
                String text = measure.total() == 0 ? Messages.bind(Messages.OverviewPage_measureEmpty, measure.label())
                        : Messages.bind(Messages.OverviewPage_measure,
                                new Object[] { measure.met(), measure.total(), measure.label(), measure.percent() });
                Label line = toolkit.createLabel(client, text, SWT.WRAP);
                GridDataFactory.fillDefaults().grab(true, false).span(3, 1).indent(16, 0).hint(100, SWT.DEFAULT).applyTo(line);
                rows.add(line);
            }
        }
        client.layout(true, true);
    }
}

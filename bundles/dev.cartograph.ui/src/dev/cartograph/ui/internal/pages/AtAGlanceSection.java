// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.overview.PortfolioStatistics;
import dev.cartograph.ui.viewers.Labels;

/**
 * How much the portfolio holds: journeys with their stages and frictions, workflows with their
 * steps, and the use cases by status and scope. The headings link to the pages that edit them.
 */
public final class AtAGlanceSection {

    private final Hyperlink journeys;
    private final Hyperlink workflows;
    private final Hyperlink useCases;
    private final Table table;
    private PortfolioStatistics statistics;

    AtAGlanceSection(PortfolioFormPage page, FormToolkit toolkit, Composite parent) {
        Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(Messages.OverviewPage_glance);
        section.setDescription(Messages.OverviewPage_glanceDescription);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.swtDefaults().applyTo(client);
        section.setClient(client);
        journeys = link(page, toolkit, client, JourneysPage.ID);
        workflows = link(page, toolkit, client, WorkflowsPage.ID);
        useCases = link(page, toolkit, client, UseCasesPage.ID);
        table = toolkit.createTable(client, SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 4).applyTo(table);
        column(Labels.feature(CartographPackage.Literals.USE_CASE__STATUS), 140);
        for (Scope scope : Scope.values()) {
            column(Labels.literal(CartographPackage.Literals.SCOPE, scope), 80);
        }
        column(Messages.OverviewPage_total, 60);
    }

    private static Hyperlink link(PortfolioFormPage page, FormToolkit toolkit, Composite client, String pageId) {
        Hyperlink link = toolkit.createHyperlink(client, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(link);
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                page.getEditor().setActivePage(pageId);
            }
        });
        return link;
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(table, text.equals(Messages.OverviewPage_total) ? SWT.RIGHT : SWT.LEAD);
        column.setText(text);
        column.setWidth(width);
    }

    void update(Portfolio portfolio) {
        statistics = PortfolioStatistics.of(portfolio);
        journeys.setText(Messages.bind(Messages.OverviewPage_journeys,
                new Object[] { statistics.journeys(), statistics.stages(), statistics.frictions() }));
        workflows.setText(Messages.bind(Messages.OverviewPage_workflows, statistics.workflows(), statistics.steps()));
        useCases.setText(Messages.bind(Messages.OverviewPage_useCases, statistics.useCases()));
        table.removeAll();
        for (UseCaseStatus status : UseCaseStatus.values()) {
            row(Labels.literal(CartographPackage.Literals.USE_CASE_STATUS, status),
                    statistics.byStatusAndScope().get(status).get(Scope.INTERNAL),
                    statistics.byStatusAndScope().get(status).get(Scope.EXTERNAL), statistics.withStatus(status));
        }
        row(Messages.OverviewPage_total, statistics.withScope(Scope.INTERNAL), statistics.withScope(Scope.EXTERNAL),
                statistics.useCases());
        table.getColumn(0).pack();
    }

    private void row(String label, int internal, int external, int total) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(new String[] { label, Integer.toString(internal), Integer.toString(external), Integer.toString(total) });
    }

    /** @return the latest figures */
    public PortfolioStatistics statistics() {
        return statistics;
    }

    /** @return the text of the journeys line, as the user reads it */
    public String journeysText() {
        return journeys.getText();
    }

    /** @return the text of the use cases line, as the user reads it */
    public String useCasesText() {
        return useCases.getText();
    }

    /** @return the table of use cases by status and scope */
    public Table table() {
        return table;
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.CartographImages;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.forms.FieldFactory;
import dev.cartograph.ui.scoring.PortfolioScoring;

/**
 * The dashboard of a portfolio: what it is, how much it holds, how far it follows the five
 * practices of the method, its ten best use cases by overall score, and the findings of other
 * tools (validation). Everything follows the model as it changes.
 */
public final class OverviewPage extends PortfolioFormPage {

    /** The page id. */
    public static final String ID = "dev.cartograph.ui.editor.overview"; //$NON-NLS-1$

    private DataBindingContext context;
    private FieldFactory fields;
    private AtAGlanceSection glance;
    private PracticesSection practices;
    private TopTenSection topTen;
    private FindingsSection findings;
    private volatile boolean refreshQueued;
    private final CommandStackListener modelChanged = event -> queueRefresh();
    private final PortfolioScoring.Listener scoringChanged = result -> queueRefresh();

    /** @param editor the editor */
    public OverviewPage(PortfolioEditor editor) {
        super(editor, ID, Messages.OverviewPage_title, CartographImages.PORTFOLIO);
    }

    @Override
    protected void createContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        Composite body = managedForm.getForm().getBody();
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).spacing(16, 12).applyTo(body);
        Portfolio portfolio = editor().getPortfolio();
        Composite left = column(toolkit, body);
        Composite right = column(toolkit, body);
        context = new DataBindingContext();
        fields = new FieldFactory(editor(), toolkit, context, new WritableValue<EObject>(portfolio, EObject.class));
        Composite general = fields.section(left, Messages.OverviewPage_portfolio, Messages.OverviewPage_portfolioDescription);
        fields.fields(general, Literals.NAMED_ELEMENT__NAME, Literals.PORTFOLIO__ORGANISATION, Literals.PORTFOLIO__OWNER,
                Literals.PORTFOLIO__CURRENCY, Literals.NAMED_ELEMENT__DESCRIPTION);
        glance = new AtAGlanceSection(this, toolkit, left);
        findings = new FindingsSection(editor(), toolkit, left);
        practices = new PracticesSection(toolkit, right);
        topTen = new TopTenSection(this, toolkit, right);
        setSelectionSource(topTen.getViewer());
        hookContextMenu(topTen.getViewer());
        editor().getEditingDomain().getCommandStack().addCommandStackListener(modelChanged);
        if (editor().getScoring() != null) {
            editor().getScoring().addListener(scoringChanged);
        }
        refresh();
    }

    private static Composite column(FormToolkit toolkit, Composite body) {
        Composite column = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().spacing(0, 12).applyTo(column);
        GridDataFactory.fillDefaults().grab(true, false).hint(250, SWT.DEFAULT).applyTo(column);
        return column;
    }

    private void queueRefresh() {
        Display display = Display.getDefault();
        if (refreshQueued) {
            return;
        }
        refreshQueued = true;
        display.asyncExec(() -> {
            refreshQueued = false;
            refresh();
        });
    }

    /** Recomputes every figure on the page from the model and the scoring. */
    public void refresh() {
        Portfolio portfolio = editor().getPortfolio();
        if (glance == null || portfolio == null || getManagedForm().getForm().isDisposed()) {
            return;
        }
        ScoringResult scoring = editor().getScoring() == null ? null : editor().getScoring().current();
        glance.update(portfolio);
        practices.update(portfolio, scoring);
        topTen.update(scoring);
        getManagedForm().reflow(true);
    }

    @Override
    public boolean canShow(Object element) {
        return element instanceof Portfolio;
    }

    @Override
    public void show(List<?> elements) {
        // The portfolio is this page: nothing to select.
    }

    @Override
    public ISelectionProvider getSelectionSource() {
        return topTen == null ? null : topTen.getViewer();
    }

    /** @return the at-a-glance figures, for tests */
    public AtAGlanceSection getGlance() {
        return glance;
    }

    /** @return the ten best use cases, for tests */
    public TopTenSection getTopTen() {
        return topTen;
    }

    /** @return the portfolio's fields, for tests */
    public FieldFactory getFields() {
        return fields;
    }

    @Override
    public void dispose() {
        editor().getEditingDomain().getCommandStack().removeCommandStackListener(modelChanged);
        if (editor().getScoring() != null) {
            editor().getScoring().removeListener(scoringChanged);
        }
        if (findings != null) {
            findings.dispose();
        }
        if (context != null) {
            context.dispose();
        }
        if (fields != null) {
            fields.dispose();
        }
        super.dispose();
    }
}

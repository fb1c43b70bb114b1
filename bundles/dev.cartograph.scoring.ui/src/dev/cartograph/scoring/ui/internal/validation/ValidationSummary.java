// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ImageHyperlink;
import org.eclipse.ui.forms.widgets.SharedScrolledComposite;
import org.eclipse.ui.handlers.IHandlerService;

import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;
import dev.cartograph.ui.editor.IOverviewContribution;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.scoring.PortfolioScoring;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationReport;

/**
 * The validation summary of the editor's Overview page: how many errors, warnings and notes the
 * portfolio has as it is in the editor, the most important findings (a click shows the element
 * concerned on its page), and a link that validates and lists every finding in the Problems
 * view. It follows the model and the scoring as they change.
 */
public final class ValidationSummary implements IOverviewContribution {

    /** How many findings are listed, the most serious first. */
    static final int SHOWN = 5;

    private PortfolioEditor editor;
    private FormToolkit toolkit;
    private Label counts;
    private Composite list;
    private ValidationReport report;
    private PortfolioScoring scoring;
    private CommandStack commandStack;
    private boolean updatePending;
    private final PortfolioScoring.Listener scoringListener = result -> scheduleUpdate();
    private final CommandStackListener commandListener = event -> scheduleUpdate();
    private final IPropertyListener portfolioListener = (source, property) -> {
        if (property == PortfolioEditor.PROP_PORTFOLIO) {
            bind();
            scheduleUpdate();
        }
    };

    @Override
    public void createContents(Composite parent, FormToolkit formToolkit, PortfolioEditor portfolioEditor) {
        this.editor = portfolioEditor;
        this.toolkit = formToolkit;
        counts = toolkit.createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(counts);
        list = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(list);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(list);
        ImageHyperlink validate = toolkit.createImageHyperlink(parent, SWT.WRAP);
        validate.setText(Messages.ValidationSummary_validate);
        validate.setImage(ScoringUiPlugin.image(ScoringUiPlugin.IMG_VALIDATE));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).indent(0, 4).applyTo(validate);
        validate.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                validateInProblemsView();
            }
        });
        editor.addPropertyListener(portfolioListener);
        bind();
        update();
    }

    /** Follows the scoring and the command stack of the editor's current portfolio. */
    private void bind() {
        unbind();
        scoring = editor.getScoring();
        if (scoring != null) {
            scoring.addListener(scoringListener);
        }
        if (editor.getEditingDomain() != null) {
            commandStack = editor.getEditingDomain().getCommandStack();
            commandStack.addCommandStackListener(commandListener);
        }
    }

    private void unbind() {
        if (scoring != null) {
            scoring.removeListener(scoringListener);
            scoring = null;
        }
        if (commandStack != null) {
            commandStack.removeCommandStackListener(commandListener);
            commandStack = null;
        }
    }

    /** Validates once for a burst of changes, after the scoring has followed them. */
    private void scheduleUpdate() {
        if (updatePending || counts.isDisposed()) {
            return;
        }
        updatePending = true;
        counts.getDisplay().asyncExec(() -> {
            updatePending = false;
            update();
        });
    }

    private void update() {
        Portfolio portfolio = editor.getPortfolio();
        if (counts.isDisposed() || portfolio == null) {
            return;
        }
        report = ValidationRules.validation().validate(portfolio, Validations.scoringOf(portfolio),
                ValidationRules.options());
        counts.setText(report.findings().isEmpty() && report.failures().isEmpty() ? Messages.ValidationSummary_none
                : NLS.bind(Messages.ValidationSummary_counts, new Object[] { report.count(FindingSeverity.ERROR),
                        report.count(FindingSeverity.WARNING), report.count(FindingSeverity.INFO) }));
        for (Control child : list.getChildren()) {
            child.dispose();
        }
        List<Finding> findings = report.findings();
        for (Finding finding : findings.subList(0, Math.min(SHOWN, findings.size()))) {
            link(finding);
        }
        if (findings.size() > SHOWN) {
            toolkit.createLabel(list, NLS.bind(Messages.ValidationSummary_more, findings.size() - SHOWN));
        }
        if (!report.failures().isEmpty()) {
            Label failed = toolkit.createLabel(list, NLS.bind(Messages.ValidationSummary_failures,
                    report.failures().size()), SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(failed);
        }
        reflow();
    }

    private void link(Finding finding) {
        ImageHyperlink link = toolkit.createImageHyperlink(list, SWT.WRAP);
        link.setImage(image(finding.severity()));
        link.setText(finding.message());
        String location = MarkerSpec.location(finding.element());
        link.setToolTipText(location == null ? finding.severity().label(ValidationRules.options().locale())
                : NLS.bind(Messages.ValidationSummary_findingTooltip,
                        finding.severity().label(ValidationRules.options().locale()), location));
        link.setData(finding);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(link);
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                editor.showElements(List.of(finding.element()));
            }
        });
    }

    private static Image image(FindingSeverity severity) {
        String key = switch (severity) {
            case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        return PlatformUI.getWorkbench().getSharedImages().getImage(key);
    }

    /** Lays the Overview page out again for the new lines. */
    private void reflow() {
        for (Composite parent = list.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof SharedScrolledComposite form) {
                form.reflow(true);
                return;
            }
        }
    }

    private void validateInProblemsView() {
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        try {
            editor.getSite().getPage().activate(editor);
            handlers.executeCommand(ScoringUi.VALIDATE_COMMAND_ID, null);
        } catch (CommandException e) {
            ScoringUiPlugin.log(IStatus.ERROR, e.getMessage(), e);
        }
    }

    /** @return the report shown, or {@code null} before the first validation (for tests) */
    public ValidationReport report() {
        return report;
    }

    @Override
    public void dispose() {
        unbind();
        if (editor != null) {
            editor.removePropertyListener(portfolioListener);
        }
    }
}

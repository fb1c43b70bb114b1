// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ScoreArea;
import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.scoring.ui.internal.workbench.ScoringViewPart;

/**
 * The impact x feasibility matrix of the active portfolio: where each scored use case falls,
 * how much money it is worth, which are gated; a click selects a use case everywhere. Past a few
 * hundred use cases it shows their density, and a click on a cell lists its use cases in the
 * Ranking. The picture can be saved, with its title and legend, for a steering committee's slides.
 */
public final class MatrixView extends ScoringViewPart {

    private Composite area;
    private MatrixChart matrix;
    private MatrixLegend legend;
    private ScoringResult result;

    @Override
    protected void createContent(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        area.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(area);
        matrix = new MatrixChart(area, this::clicked, this::cellClicked);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(matrix.getChart());
        legend = new MatrixLegend(area);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, legend.preferredHeight())
                .applyTo(legend.getControl());
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(new ExportAction(Messages.Matrix_exportPng, "*.png", false)); //$NON-NLS-1$
        toolbar.add(new ExportAction(Messages.Matrix_exportSvg, "*.svg", true)); //$NON-NLS-1$
        Action print = new Action() {
            @Override
            public void run() {
                print();
            }
        };
        print.setActionDefinitionId(ActionFactory.PRINT.getCommandId());
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.PRINT.getId(), print);
    }

    /** File &gt; Print while the matrix is active: asks which printer, then prints what it shows. */
    private void print() {
        PrinterData data = new PrintDialog(area.getShell(), SWT.NONE).open();
        if (data == null) {
            return;
        }
        String title = NLS.bind(Messages.Matrix_exportTitle, String.valueOf(result == null ? "" //$NON-NLS-1$
                : result.portfolio().getName()));
        Printer printer = new Printer(data);
        try {
            MatrixExport.print(printer, matrix, title);
        } catch (SWTException | IllegalStateException e) {
            ScoringUiPlugin.log(IStatus.ERROR, NLS.bind(Messages.Matrix_printFailed, e.getMessage()), e);
            MessageDialog.openError(area.getShell(), title, NLS.bind(Messages.Matrix_printFailed, e.getMessage()));
        } finally {
            printer.dispose();
        }
    }

    @Override
    protected void showScoring(ScoringResult newResult, boolean portfolioChanged) {
        result = newResult;
        if (newResult == null) {
            matrix.setData(List.of(), 50, 50, null);
            matrix.setSelection(List.of());
            legend.setHidden(0);
            setContentDescription(Messages.View_noPortfolio);
            return;
        }
        List<BubbleSpec> specs = BubbleSpec.of(newResult);
        matrix.setData(specs, newResult.parameters().impactThreshold(), newResult.parameters().feasibilityThreshold(),
                newResult.portfolio().getCurrency());
        if (portfolioChanged) {
            matrix.setSelection(List.of());
        }
        legend.setHidden(newResult.all().size() - specs.size());
        legend.setDensity(matrix.isDensity());
        setContentDescription(NLS.bind(Messages.Matrix_description, String.valueOf(newResult.portfolio().getName()),
                specs.size()));
    }

    @Override
    protected void revealUseCases(List<UseCase> useCases) {
        matrix.setSelection(useCases);
    }

    @Override
    protected void modelChanged() {
        if (result != null) {
            showScoring(result, false);
        }
    }

    @Override
    public void setFocus() {
        matrix.getChart().setFocus();
    }

    @Override
    protected boolean isDisposed() {
        return area == null || area.isDisposed();
    }

    /** @return the chart (for tests) */
    public MatrixChart getMatrix() {
        return matrix;
    }

    /** Shows the use cases of a cell of the density view in the Ranking. */
    private void cellClicked(ScoreArea cell) {
        try {
            IViewPart view = getSite().getPage().showView(ScoringUi.RANKING_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
            if (view instanceof RankingView ranking) {
                ranking.showArea(cell);
            }
        } catch (PartInitException e) {
            ScoringUiPlugin.log(IStatus.ERROR, e.getMessage(), e);
        }
    }

    private void clicked(UseCase useCase) {
        matrix.setSelection(List.of(useCase));
        userSelected(List.of(useCase));
    }

    /** Saves the matrix as a picture, in a file the user chooses. */
    private final class ExportAction extends Action {
        private final String extension;
        private final boolean svg;

        ExportAction(String text, String extension, boolean svg) {
            super(text);
            this.extension = extension;
            this.svg = svg;
            setToolTipText(text);
            setImageDescriptor(ScoringUiPlugin.descriptor(svg ? ScoringUiPlugin.IMG_EXPORT_SVG
                    : ScoringUiPlugin.IMG_EXPORT_PNG));
        }

        @Override
        public void run() {
            FileDialog dialog = new FileDialog(area.getShell(), SWT.SAVE);
            dialog.setText(getText());
            dialog.setFilterExtensions(new String[] { extension });
            dialog.setOverwrite(true);
            Path folder = result == null ? null : MatrixExport.folderOf(result.portfolio());
            if (folder != null) {
                dialog.setFilterPath(folder.toString());
            }
            String name = result == null ? "matrix" : String.valueOf(result.portfolio().getName()); //$NON-NLS-1$
            dialog.setFileName(name.replaceAll("[^\\p{L}\\p{N} _-]", "") + extension.substring(1)); //$NON-NLS-1$ //$NON-NLS-2$
            String chosen = dialog.open();
            if (chosen == null) {
                return;
            }
            try {
                String title = NLS.bind(Messages.Matrix_exportTitle, String.valueOf(result == null ? ""  //$NON-NLS-1$
                        : result.portfolio().getName()));
                if (svg) {
                    MatrixExport.writeSvg(matrix, title, Path.of(chosen));
                } else {
                    MatrixExport.writePng(matrix, title, Path.of(chosen));
                }
            } catch (IOException | RuntimeException e) {
                ScoringUiPlugin.log(IStatus.ERROR, NLS.bind(Messages.Matrix_exportFailed, chosen), e);
                MessageDialog.openError(area.getShell(), getText(), NLS.bind(Messages.Matrix_exportFailed, chosen)
                        + "\n" + e.getMessage()); //$NON-NLS-1$
            }
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;

/**
 * Export &gt; Business Case (PDF/HTML): the one-pager of the use case selected in the Ranking,
 * the matrix, the editor, the Outline or a map.
 */
public final class ExportBusinessCaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        UseCase useCase = selected(HandlerUtil.getCurrentSelection(event));
        if (useCase != null && EcoreUtil.getRootContainer(useCase) instanceof Portfolio portfolio) {
            ReportLauncher.launch(HandlerUtil.getActiveShellChecked(event), portfolio, useCase);
        }
        return null;
    }

    static UseCase selected(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            return Adapters.adapt(structured.getFirstElement(), UseCase.class);
        }
        return null;
    }
}

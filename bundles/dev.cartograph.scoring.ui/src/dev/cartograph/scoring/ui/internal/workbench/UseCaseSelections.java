// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.workbench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.ui.editor.IElementRevealer;
import dev.cartograph.ui.editor.PortfolioEditor;

/** Turns workbench selections into the use cases they are about, and back. */
public final class UseCaseSelections {

    private UseCaseSelections() {
    }

    /**
     * Finds the use cases of a portfolio that a selection is about: the selected use cases, and
     * the use case that contains a selected score, business case or KPI.
     *
     * @param selection a workbench selection
     * @param portfolio the portfolio
     * @return the use cases, in selection order, without duplicates
     */
    public static List<UseCase> useCasesIn(ISelection selection, Portfolio portfolio) {
        if (!(selection instanceof IStructuredSelection structured) || portfolio == null) {
            return List.of();
        }
        Set<UseCase> found = new LinkedHashSet<>();
        for (Object element : structured) {
            EObject object = element instanceof EObject eObject ? eObject : Adapters.adapt(element, EObject.class);
            while (object != null && !(object instanceof UseCase)) {
                object = object.eContainer();
            }
            if (object instanceof UseCase useCase && useCase.eContainer() == portfolio) {
                found.add(useCase);
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * Selects use cases in a portfolio editor, on the page that shows them (the editor's
     * {@link IElementRevealer}), whatever page is active.
     *
     * @param editor the editor, or {@code null}
     * @param useCases use cases of its portfolio
     */
    public static void selectInEditor(PortfolioEditor editor, List<UseCase> useCases) {
        if (editor == null || useCases.isEmpty()) {
            return;
        }
        IElementRevealer revealer = Adapters.adapt(editor, IElementRevealer.class);
        if (revealer != null) {
            revealer.showElements(useCases);
        }
    }
}

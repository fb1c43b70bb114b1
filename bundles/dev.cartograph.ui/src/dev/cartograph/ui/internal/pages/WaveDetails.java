// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.forms.FieldFactory;
import dev.cartograph.ui.internal.forms.ReferenceListField;
import dev.cartograph.ui.viewers.ItemProviderLabelProvider;
import dev.cartograph.ui.viewers.ReferenceSelectionDialog;

/** The details of a roadmap wave: its dates, theme and capacity, and the use cases planned in it. */
public final class WaveDetails {

    private WaveDetails() {
    }

    /**
     * @param fields fields bound to a wave
     * @param parent a one-column composite
     */
    public static void build(FieldFactory fields, Composite parent) {
        Composite general = fields.section(parent, Messages.WaveDetails_general, Messages.WaveDetails_generalDescription);
        fields.fields(general, Literals.NAMED_ELEMENT__NAME, Literals.WAVE__START, Literals.WAVE__END, Literals.WAVE__THEME,
                Literals.WAVE__CAPACITY, Literals.NAMED_ELEMENT__DESCRIPTION);
        Composite planned = fields.section(parent, Messages.WaveDetails_useCases, Messages.WaveDetails_useCasesDescription);
        ReferenceListField useCases = fields.references(planned, Literals.WAVE__USE_CASES, 12);
        Composite buttons = (Composite) useCases.getControl();
        Button move = fields.toolkit().createButton(buttons, Messages.WaveDetails_move, SWT.PUSH);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(move);
        move.addListener(SWT.Selection, event -> move(fields, useCases));
        useCases.getViewer().addSelectionChangedListener(event -> move.setEnabled(!event.getSelection().isEmpty()));
        move.setEnabled(false);
    }

    /** Moves the selected use cases to another wave, chosen in a dialog, as one command. */
    private static void move(FieldFactory fields, ReferenceListField useCases) {
        if (!(fields.master().getValue() instanceof Wave wave)) {
            return;
        }
        List<?> selected = useCases.getViewer().getStructuredSelection().toList();
        Portfolio portfolio = fields.editor().getPortfolio();
        List<Object> others = new ArrayList<>(portfolio.getRoadmap().getWaves());
        others.remove(wave);
        if (selected.isEmpty() || others.isEmpty()) {
            return;
        }
        ItemProviderLabelProvider labels = new ItemProviderLabelProvider(fields.editor().getAdapterFactory());
        try {
            ReferenceSelectionDialog dialog = new ReferenceSelectionDialog(useCases.getControl().getShell(),
                    Messages.WaveDetails_moveTitle, Messages.bind(Messages.WaveDetails_moveMessage, selected.size()), labels,
                    others, false);
            if (dialog.open() == Window.OK && dialog.getResult().get(0) instanceof Wave target) {
                moveTo(fields.editor().getEditingDomain(), selected, target);
            }
        } finally {
            labels.dispose();
        }
    }

    /**
     * Moves use cases to a wave, as one undoable command.
     *
     * @param domain the editing domain
     * @param useCases the use cases
     * @param target the wave
     */
    public static void moveTo(EditingDomain domain, List<?> useCases, Wave target) {
        CompoundCommand command = new CompoundCommand(Messages.WaveDetails_moveCommand);
        for (Object useCase : useCases) {
            if (useCase instanceof UseCase planned && planned.getWave() != target) {
                command.append(SetCommand.create(domain, planned, Literals.USE_CASE__WAVE, target));
            }
        }
        if (!command.isEmpty()) {
            domain.getCommandStack().execute(command);
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import dev.cartograph.maps.PaletteTool;

/**
 * The palette of the map shown: one button per tool, enabled when the selection (or the map
 * itself) is a place where the tool applies; a click creates there, so every tool has a
 * keyboard path (Tab to it, Space). Link tools link the two elements selected; dragging one
 * element onto another does it too.
 */
final class PaletteBar {

    /** The palette's narrowest width, in points. */
    static final int WIDTH = 170;

    private final MapsPage page;
    private final FormToolkit toolkit;
    private final Section section;
    private final Composite buttons;
    private final Label hint;
    private final ScrolledComposite scroller;
    private List<PaletteTool> shown = List.of();
    private final List<Button> items = new ArrayList<>();

    PaletteBar(MapsPage page, Composite parent, FormToolkit toolkit) {
        this.page = page;
        this.toolkit = toolkit;
        section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(Messages.Palette_title);
        section.setDescription(Messages.Palette_description);
        // The tools scroll where the editor is low (1366 x 768 with every view open).
        scroller = new ScrolledComposite(section, SWT.V_SCROLL);
        toolkit.adapt(scroller);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        Composite client = toolkit.createComposite(scroller);
        scroller.setContent(client);
        GridLayoutFactory.fillDefaults().margins(2, 4).applyTo(client);
        buttons = toolkit.createComposite(client);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        hint = toolkit.createLabel(client, Messages.Palette_gestures, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).indent(0, 10).applyTo(hint);
        section.setClient(scroller);
        scroller.addListener(SWT.Resize, event -> fit());
    }

    /** The palette is as wide as its widest button needs (French labels are longer), and at least {@value #WIDTH}. */
    private void widenForTheLongestLabel() {
        int widest = 0;
        for (Button button : items) {
            widest = Math.max(widest, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        }
        // The scroll bar, the margins and the section's border.
        int width = Math.max(WIDTH, widest + 28);
        if (section.getLayoutData() instanceof GridData data && data.widthHint != width) {
            data.widthHint = width;
        }
    }

    /** Lets the tools scroll when they are taller than the room the palette has. */
    private void fit() {
        Composite client = (Composite) scroller.getContent();
        int width = scroller.getClientArea().width;
        scroller.setMinSize(client.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
    }

    /** Shows the tools of the map shown, enabled where they apply. */
    void update() {
        List<PaletteTool> tools = page.tools();
        if (!ids(tools).equals(ids(shown))) {
            items.forEach(Button::dispose);
            items.clear();
            for (PaletteTool tool : tools) {
                Button button = toolkit.createButton(buttons, tool.label(), SWT.PUSH);
                button.setToolTipText(tool.description());
                button.setData(tool);
                GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
                button.addListener(SWT.Selection, event -> page.use(tool));
                items.add(button);
            }
            shown = tools;
            widenForTheLongestLabel();
            section.getParent().layout(true, true);
            fit();
        }
        for (Button button : items) {
            button.setEnabled(page.canUse((PaletteTool) button.getData()));
        }
    }

    private static List<String> ids(List<PaletteTool> tools) {
        return tools.stream().map(PaletteTool::id).toList();
    }

    /**
     * @param toolId a tool's id
     * @return its button, or {@code null}
     */
    Button button(String toolId) {
        for (Button button : items) {
            if (((PaletteTool) button.getData()).id().equals(toolId)) {
                return button;
            }
        }
        return null;
    }

    Control control() {
        return section;
    }

    /** @return what scrolls the tools */
    ScrolledComposite scroller() {
        return scroller;
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.ui.internal.Messages;

/**
 * The find field of a {@link DiagramViewer} (Ctrl+F): over the canvas's top right corner; typing
 * selects and reveals the first element whose label holds the text and highlights all of them,
 * Enter goes to the next (Shift+Enter the previous), Esc closes it and gives the focus back to the
 * canvas, on the element found.
 */
final class FindBar {

    private static final int WIDTH = 300;

    private final DiagramViewer viewer;
    private Composite bar;
    private Text text;
    private Label count;
    private Set<String> matchIds = Set.of();

    FindBar(DiagramViewer viewer) {
        this.viewer = viewer;
        viewer.getCanvas().addListener(SWT.Resize, e -> place());
    }

    /** @return whether it is shown */
    boolean isOpen() {
        return bar != null && !bar.isDisposed() && bar.isVisible();
    }

    /** @return the ids of the elements that match what is typed */
    Set<String> matchIds() {
        return matchIds;
    }

    /** @return the text field, or {@code null} before the first {@link #open()} */
    Text text() {
        return text;
    }

    /** Shows the field and puts the cursor in it. */
    void open() {
        if (bar == null || bar.isDisposed()) {
            create();
        }
        bar.setVisible(true);
        place();
        text.selectAll();
        text.setFocus();
        search(true, true);
    }

    /** Hides the field and gives the focus back to the canvas. */
    void close() {
        if (isOpen()) {
            bar.setVisible(false);
            matchIds = Set.of();
            viewer.getCanvas().setFocus();
            viewer.getCanvas().redraw();
        }
    }

    private void create() {
        bar = new Composite(viewer.getCanvas(), SWT.BORDER);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 4;
        layout.marginHeight = 2;
        bar.setLayout(layout);
        text = new Text(bar, SWT.SINGLE | SWT.SEARCH | SWT.ICON_SEARCH);
        text.setMessage(Messages.Find_hint);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        count = new Label(bar, SWT.NONE);
        count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        text.addListener(SWT.Modify, e -> search(true, true));
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                close();
            } else if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                search((e.stateMask & SWT.SHIFT) == 0, false);
            }
        });
        text.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                e.result = Messages.Find_hint;
            }
        });
    }

    private void place() {
        if (!isOpen()) {
            return;
        }
        Rectangle area = viewer.getCanvas().getClientArea();
        Point size = bar.computeSize(WIDTH, SWT.DEFAULT);
        bar.setBounds(Math.max(0, area.width - size.x - 8), 6, Math.min(size.x, area.width), size.y);
    }

    private void search(boolean forward, boolean includeFocused) {
        String query = text.getText();
        List<DiagramElement> hits = viewer.find(query);
        Set<String> ids = new LinkedHashSet<>();
        hits.forEach(h -> ids.add(h.id()));
        matchIds = Set.copyOf(ids);
        DiagramElement found = query.isBlank() ? null : viewer.findNext(query, forward, includeFocused);
        if (query.isBlank()) {
            count.setText(""); //$NON-NLS-1$
        } else if (found == null) {
            count.setText(Messages.Find_none);
        } else {
            count.setText(NLS.bind(Messages.Find_count, hits.indexOf(found) + 1, hits.size()));
        }
        bar.layout(true);
        place();
        viewer.getCanvas().redraw();
    }
}

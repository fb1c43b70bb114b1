// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.cartograph.maps.MapLayer;

/**
 * The bar above the map: which map (each journey's, each workflow's, the portfolio's), zoom,
 * the layers, export and print.
 */
final class MapToolBar {

    private final MapsPage page;
    private final Composite bar;
    private final Combo selector;
    private final ToolItem layers;
    private final Composite row;
    private Menu layerMenu;

    MapToolBar(MapsPage page, Composite parent, FormToolkit toolkit) {
        this.page = page;
        bar = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(bar);
        toolkit.createLabel(bar, Messages.MapsPage_map);
        selector = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        selector.setVisibleItemCount(20);
        selector.setToolTipText(Messages.MapsPage_mapTooltip);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(320, SWT.DEFAULT).applyTo(selector);
        selector.addListener(SWT.Selection, event -> {
            int index = selector.getSelectionIndex();
            List<MapChoice> choices = page.choices();
            if (index >= 0 && index < choices.size()) {
                page.show(choices.get(index));
            }
        });
        // Two groups that go onto a second row where the editor is narrow (1366 x 768 with every view
        // open), so that no tool is cut off (GTK's tool bars do not wrap by themselves).
        row = toolkit.createComposite(bar);
        RowLayout wrap = new RowLayout(SWT.HORIZONTAL);
        wrap.wrap = true;
        wrap.marginTop = 0;
        wrap.marginBottom = 0;
        wrap.marginLeft = 0;
        wrap.marginRight = 0;
        wrap.center = true;
        row.setLayout(wrap);
        GridDataFactory.fillDefaults().grab(true, false).hint(10, SWT.DEFAULT).applyTo(row);
        ToolBar zoom = new ToolBar(row, SWT.FLAT | SWT.RIGHT);
        toolkit.adapt(zoom);
        item(zoom, Messages.MapsPage_zoomIn, Messages.MapsPage_zoomInTooltip, () -> page.viewer().zoomIn());
        item(zoom, Messages.MapsPage_zoomOut, Messages.MapsPage_zoomOutTooltip, () -> page.viewer().zoomOut());
        item(zoom, Messages.MapsPage_zoomFit, Messages.MapsPage_zoomFitTooltip, () -> page.viewer().zoomToFit());
        item(zoom, Messages.MapsPage_zoom100, Messages.MapsPage_zoom100Tooltip, () -> page.viewer().setZoom(1));
        ToolBar tools = new ToolBar(row, SWT.FLAT | SWT.RIGHT);
        toolkit.adapt(tools);
        layers = new ToolItem(tools, SWT.DROP_DOWN);
        layers.setText(Messages.MapsPage_layers);
        layers.setToolTipText(Messages.MapsPage_layersTooltip);
        layers.addListener(SWT.Selection, event -> showLayers(tools));
        new ToolItem(tools, SWT.SEPARATOR);
        item(tools, Messages.MapsPage_export, Messages.MapsPage_exportTooltip, page::export);
        item(tools, Messages.MapsPage_print, Messages.MapsPage_printTooltip, page::print);
    }

    private static void item(ToolBar tools, String text, String tooltip, Runnable action) {
        ToolItem item = new ToolItem(tools, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tooltip);
        item.addListener(SWT.Selection, event -> action.run());
    }

    private void showLayers(ToolBar tools) {
        if (layerMenu != null && !layerMenu.isDisposed()) {
            layerMenu.dispose();
        }
        layerMenu = new Menu(tools);
        fillLayers(layerMenu, page);
        Rectangle item = layers.getBounds();
        Point at = tools.toDisplay(item.x, item.y + item.height);
        layerMenu.setLocation(at);
        layerMenu.setVisible(true);
    }

    /**
     * Fills a menu with a check item per layer of the map shown.
     *
     * @param menu the menu
     * @param page the page
     */
    static void fillLayers(Menu menu, MapsPage page) {
        Set<String> on = page.enabledLayers();
        for (MapLayer layer : page.layers()) {
            MenuItem item = new MenuItem(menu, SWT.CHECK);
            item.setText(layer.label());
            item.setToolTipText(layer.description());
            item.setSelection(on.contains(layer.id()));
            item.addListener(SWT.Selection, event -> page.setLayer(layer, item.getSelection()));
        }
    }

    /** Brings the selector up to date with the maps of the portfolio as it is now. */
    void update() {
        List<MapChoice> choices = page.choices();
        String[] labels = choices.stream().map(MapChoice::label).toArray(String[]::new);
        if (!List.of(labels).equals(List.of(selector.getItems()))) {
            selector.setItems(labels);
        }
        int index = choices.indexOf(page.current());
        if (index >= 0 && selector.getSelectionIndex() != index) {
            selector.select(index);
        }
        layers.setEnabled(!page.layers().isEmpty());
        bar.layout();
    }

    /** @return the map selector */
    Combo selector() {
        return selector;
    }

    Control control() {
        return bar;
    }

    /** @return the row of tool bars (zoom; layers, export and print) */
    Composite tools() {
        return row;
    }
}

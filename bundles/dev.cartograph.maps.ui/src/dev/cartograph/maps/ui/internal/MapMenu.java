// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.ide.IDE;

import dev.cartograph.maps.MapLayer;
import dev.cartograph.maps.PaletteTool;
import dev.cartograph.maps.ui.MapsUi;

/**
 * The map's context menu, filled for the selection when it opens: the palette's tools that
 * apply there, rename and delete, the quick fixes of the selected elements' findings (the same
 * as the Problems view's), the layers, zoom, export and print, then what other plug-ins
 * contribute to {@link MapsUi#CONTEXT_MENU_ID}.
 */
final class MapMenu {

    private final MapsPage page;
    private final MenuManager manager = new MenuManager("#MapContext", MapsUi.CONTEXT_MENU_ID); //$NON-NLS-1$

    MapMenu(MapsPage page) {
        this.page = page;
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(this::fill);
        page.viewer().getControl().setMenu(manager.createContextMenu(page.viewer().getControl()));
        page.site().getEditorSite().registerContextMenu(MapsUi.CONTEXT_MENU_ID, manager, page.viewer(), false);
    }

    /**
     * Fills the menu for the map's selection (when it opens; tests call it to read the items).
     *
     * @param menu the menu
     */
    void fill(IMenuManager menu) {
        for (PaletteTool tool : page.tools()) {
            if (page.canUse(tool)) {
                menu.add(action(tool.label(), () -> page.use(tool)));
            }
        }
        menu.add(new Separator());
        boolean selected = !page.viewer().getSelection().isEmpty();
        IAction rename = action(Messages.MapMenu_rename, page::rename);
        rename.setEnabled(selected && page.viewer().getSelectedElements().stream().anyMatch(MapGestures::renamable));
        menu.add(rename);
        IAction delete = action(Messages.MapMenu_delete, page::delete);
        delete.setEnabled(selected && page.edits().delete(page.viewer().getSelection().toList()) != null);
        menu.add(delete);
        MenuManager fixes = new MenuManager(Messages.MapMenu_quickFix);
        for (IAction fix : quickFixes()) {
            fixes.add(fix);
        }
        if (!fixes.isEmpty()) {
            menu.add(fixes);
        }
        menu.add(new Separator());
        menu.add(layers());
        menu.add(action(Messages.MapsPage_zoomIn, () -> page.viewer().zoomIn()));
        menu.add(action(Messages.MapsPage_zoomOut, () -> page.viewer().zoomOut()));
        menu.add(action(Messages.MapsPage_zoomFit, () -> page.viewer().zoomToFit()));
        menu.add(action(Messages.MapsPage_zoom100, () -> page.viewer().setZoom(1)));
        menu.add(new Separator());
        menu.add(action(Messages.MapsPage_export, page::export));
        menu.add(action(Messages.MapsPage_print, page::print));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private MenuManager layers() {
        MenuManager layers = new MenuManager(Messages.MapsPage_layers);
        Set<String> on = page.enabledLayers();
        for (MapLayer layer : page.layers()) {
            IAction toggle = new Action(layer.label(), IAction.AS_CHECK_BOX) {
                @Override
                public void run() {
                    page.setLayer(layer, isChecked());
                }
            };
            toggle.setToolTipText(layer.description());
            toggle.setChecked(on.contains(layer.id()));
            layers.add(toggle);
        }
        return layers;
    }

    /** @return one action per quick fix of the findings on the selected elements */
    List<IAction> quickFixes() {
        List<IAction> fixes = new ArrayList<>();
        List<?> selection = page.viewer().getSelection().toList();
        for (IMarker marker : page.site().getFindings()) {
            EObject element = page.site().elementOf(marker);
            if (element == null || !selection.contains(element) || !IDE.getMarkerHelpRegistry().hasResolutions(marker)) {
                continue;
            }
            for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
                fixes.add(action(resolution.getLabel(), () -> resolution.run(marker)));
            }
        }
        return fixes;
    }

    private static IAction action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    void dispose() {
        manager.dispose();
    }
}

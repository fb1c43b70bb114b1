// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.ui.DiagramViewer;
import dev.cartograph.diagram.ui.DirectEditHandler;
import dev.cartograph.diagram.ui.DropHandler;
import dev.cartograph.diagram.ui.ReorderHandler;
import dev.cartograph.model.NamedElement;

/**
 * What the user's gestures on a map do to the model: drop a use case on a step, stage or
 * friction (anchor), a step on another (successor), drag an element among its siblings
 * (reorder), type a new name in place (rename). Each becomes one command run by
 * {@code execute}; the map is then drawn again from the model.
 */
final class MapGestures implements DropHandler.Callback, ReorderHandler.Callback, DirectEditHandler.Callback {

    private final MapEdits edits;
    private final Consumer<Command> execute;
    private final DropHandler drops;
    private final ReorderHandler moves;
    private final DirectEditHandler names;

    /**
     * Installs the handlers on a viewer: drops first (a drop on an element wins over a move).
     *
     * @param viewer the map's viewer
     * @param edits the edits
     * @param execute runs a command on the editor's command stack
     */
    MapGestures(DiagramViewer viewer, MapEdits edits, Consumer<Command> execute) {
        this.edits = edits;
        this.execute = execute;
        drops = new DropHandler(viewer, this);
        moves = new ReorderHandler(viewer, this);
        names = new DirectEditHandler(viewer, this);
    }

    /** @return the direct edit of names */
    DirectEditHandler names() {
        return names;
    }

    void dispose() {
        drops.dispose();
        moves.dispose();
        names.dispose();
    }

    @Override
    public boolean canDrag(Node source) {
        return source.semantic() instanceof EObject;
    }

    @Override
    public boolean canDrop(Node source, Node target) {
        return edits.drop(source.semantic(), target.semantic()) != null;
    }

    @Override
    public void drop(Node source, Node target) {
        run(edits.drop(source.semantic(), target.semantic()));
    }

    @Override
    public boolean canReorder(DiagramElement element) {
        return element.semantic() instanceof EObject object && object.eContainmentFeature() != null
                && object.eContainmentFeature().isMany() && (element instanceof Band || element instanceof Node);
    }

    @Override
    public void reorder(DiagramElement element, int index, List<DiagramElement> siblings) {
        List<Object> shown = new ArrayList<>(siblings.size());
        for (DiagramElement sibling : siblings) {
            shown.add(sibling.semantic());
        }
        run(edits.reorder((EObject) element.semantic(), index, shown));
    }

    @Override
    public String initialText(DiagramElement element) {
        return renamable(element) ? ((NamedElement) element.semantic()).getName() : null;
    }

    /**
     * @param element an element of the map
     * @return whether its label is its model element's name (not a mark about it), so that a
     *         direct edit renames that element
     */
    static boolean renamable(DiagramElement element) {
        if (!(element.semantic() instanceof NamedElement named) || element.label() == null) {
            return false;
        }
        String name = named.getName();
        return name == null || name.isBlank() || element.label().strip().equals(name.strip());
    }

    @Override
    public void commit(DiagramElement element, String text) {
        run(edits.rename(element.semantic(), text));
    }

    private void run(Command command) {
        if (command != null) {
            execute.accept(command);
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.render.PaintState;

/**
 * The off-screen picture of a diagram canvas, so that scrolling and exposing copy pixels instead of
 * painting the diagram again. The picture is cut into square tiles fixed to the scrollable content
 * (not to the window): a tile is painted once, with the same transform wherever the view is
 * scrolled, so what a scrolled view shows is, pixel for pixel, what a view opened there shows.
 * <p>
 * Tiles are dropped when the picture changes: all of them for another diagram, a refresh or another
 * zoom ({@link #clear()}); for a change of selection, highlight or focus, only those where an
 * element whose marks changed lies (found by comparing the {@link PaintState} the tiles were painted
 * with). Tiles far from the view are dropped first when there are more than two screens' worth.
 */
public final class BackBuffer {

    /** The side of a tile, in canvas pixels (points, under SWT's autoscaling). */
    public static final int TILE = 256;

    /** Room around an element for its marks (halo, focus frame, thicker outline), in diagram units. */
    private static final double MARKS = 14;

    /** Paints a part of the diagram into a tile. */
    @FunctionalInterface
    public interface Renderer {
        /**
         * @param gc the tile's GC, already filled with the background
         * @param offsetX where the diagram's x = 0 falls on the tile
         * @param offsetY where the diagram's y = 0 falls on the tile
         * @param clip the part of the diagram the tile shows, in diagram units (a little larger)
         */
        void render(GC gc, double offsetX, double offsetY, Bounds clip);
    }

    private final Display display;
    private final Map<Long, Image> tiles = new LinkedHashMap<>(64, 0.75f, true);
    private int limit = 64;
    private PaintState painted;
    private long tilesRendered;

    /** @param display the display the tiles are made on */
    public BackBuffer(Display display) {
        this.display = Objects.requireNonNull(display);
    }

    /**
     * Keeps enough tiles for two views of this size.
     *
     * @param width the canvas's client width
     * @param height its client height
     */
    public void setViewSize(int width, int height) {
        int columns = width / TILE + 2;
        int rows = height / TILE + 2;
        limit = Math.max(16, 2 * columns * rows);
        trim();
    }

    /** Drops every tile (another diagram, a refresh, another zoom). */
    public void clear() {
        tiles.values().forEach(Image::dispose);
        tiles.clear();
        painted = null;
    }

    /** @return how many tiles were painted since this buffer was made (for tests and benchmarks) */
    public long tilesRendered() {
        return tilesRendered;
    }

    /** @return how many tiles are kept */
    public int size() {
        return tiles.size();
    }

    /**
     * Copies a damaged area of the canvas from the tiles, painting the tiles it needs first.
     *
     * @param gc the canvas's GC
     * @param damage the area to repaint, in canvas pixels
     * @param viewport the zoom and scroll position
     * @param state what the picture must show now
     * @param boundsOf the bounds of an element by id ({@code null} if it is not in the diagram)
     * @param renderer paints the diagram into a tile
     */
    public void paint(GC gc, Rectangle damage, Viewport viewport, PaintState state, Function<String, Bounds> boundsOf,
            Renderer renderer) {
        reconcile(state, viewport, boundsOf);
        int left = damage.x + viewport.originX();
        int top = damage.y + viewport.originY();
        int right = left + damage.width;
        int bottom = top + damage.height;
        for (int row = Math.floorDiv(top, TILE); row * TILE < bottom; row++) {
            for (int column = Math.floorDiv(left, TILE); column * TILE < right; column++) {
                Image tile = tile(column, row, viewport, renderer);
                int x0 = Math.max(left, column * TILE);
                int y0 = Math.max(top, row * TILE);
                int x1 = Math.min(right, (column + 1) * TILE);
                int y1 = Math.min(bottom, (row + 1) * TILE);
                gc.drawImage(tile, x0 - column * TILE, y0 - row * TILE, x1 - x0, y1 - y0,
                        x0 - viewport.originX(), y0 - viewport.originY(), x1 - x0, y1 - y0);
            }
        }
        trim();
    }

    private Image tile(int column, int row, Viewport viewport, Renderer renderer) {
        long key = ((long) column << 32) ^ (row & 0xffffffffL);
        Image image = tiles.get(key);
        if (image != null) {
            return image;
        }
        image = new Image(display, TILE, TILE);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, TILE, TILE);
            double zoom = viewport.zoom();
            double offsetX = viewport.contentOffsetX() - (double) column * TILE;
            double offsetY = viewport.contentOffsetY() - (double) row * TILE;
            Bounds clip = new Bounds((-1 - offsetX) / zoom, (-1 - offsetY) / zoom, (TILE + 2) / zoom, (TILE + 2) / zoom);
            renderer.render(gc, offsetX, offsetY, clip);
        } finally {
            gc.dispose();
        }
        tiles.put(key, image);
        tilesRendered++;
        return image;
    }

    /** Drops the tiles that show marks that changed since they were painted. */
    private void reconcile(PaintState state, Viewport viewport, Function<String, Bounds> boundsOf) {
        PaintState before = painted;
        painted = state;
        if (before == null || before.equals(state) || tiles.isEmpty()) {
            return;
        }
        if (before.dimOthers() != state.dimOthers()) {
            clear();
            painted = state;
            return;
        }
        Set<String> changed = new HashSet<>();
        difference(before.selected(), state.selected(), changed);
        difference(before.highlighted(), state.highlighted(), changed);
        if (!Objects.equals(before.focused(), state.focused())) {
            if (before.focused() != null) {
                changed.add(before.focused());
            }
            if (state.focused() != null) {
                changed.add(state.focused());
            }
        }
        List<int[]> areas = new ArrayList<>();
        for (String id : changed) {
            Bounds b = boundsOf.apply(id);
            if (b != null) {
                areas.add(viewport.toContentPixels(b.expand(MARKS)));
            }
        }
        drop(areas);
    }

    private static void difference(Set<String> a, Set<String> b, Set<String> into) {
        for (String id : a) {
            if (!b.contains(id)) {
                into.add(id);
            }
        }
        for (String id : b) {
            if (!a.contains(id)) {
                into.add(id);
            }
        }
    }

    /** Drops the tiles that meet any of these areas (content pixels: x, y, width, height). */
    private void drop(List<int[]> areas) {
        if (areas.isEmpty()) {
            return;
        }
        Iterator<Map.Entry<Long, Image>> it = tiles.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Long, Image> entry = it.next();
            int column = (int) (entry.getKey() >> 32);
            int row = (int) entry.getKey().longValue();
            for (int[] a : areas) {
                if (a[0] < (column + 1) * TILE && a[0] + a[2] > column * TILE && a[1] < (row + 1) * TILE
                        && a[1] + a[3] > row * TILE) {
                    entry.getValue().dispose();
                    it.remove();
                    break;
                }
            }
        }
    }

    private void trim() {
        Iterator<Image> it = tiles.values().iterator();
        while (tiles.size() > limit && it.hasNext()) {
            it.next().dispose();
            it.remove();
        }
    }
}

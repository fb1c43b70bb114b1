// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.util.List;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Path;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Point;

/**
 * The outline of each {@link NodeShape} as an SWT path, in diagram units, with the geometry of
 * {@link dev.cartograph.diagram.render.Shapes} (the one SVG and PNG use), arcs drawn as arcs.
 */
final class Shapes {

    private Shapes() {
    }

    /**
     * @return a new path in diagram units (the caller disposes it)
     */
    static Path path(Device device, NodeShape shape, Bounds b) {
        return path(device, shape, b, 1, 0, 0);
    }

    /**
     * @return a new path, in diagram units mapped by {@code unit * scale + offset} (the caller
     *         disposes it)
     */
    static Path path(Device device, NodeShape shape, Bounds b, double scale, double dx, double dy) {
        Path path = new Path(device);
        float x = (float) (b.x() * scale + dx);
        float y = (float) (b.y() * scale + dy);
        float w = (float) (b.width() * scale);
        float h = (float) (b.height() * scale);
        if (shape == NodeShape.ELLIPSE) {
            path.addArc(x, y, w, h, 0, 360);
        } else if (dev.cartograph.diagram.render.Shapes.isPolygon(shape)) {
            List<Point> corners = dev.cartograph.diagram.render.Shapes.polygon(shape, b);
            path.moveTo((float) (corners.get(0).x() * scale + dx), (float) (corners.get(0).y() * scale + dy));
            for (int i = 1; i < corners.size(); i++) {
                path.lineTo((float) (corners.get(i).x() * scale + dx), (float) (corners.get(i).y() * scale + dy));
            }
            path.close();
        } else {
            rounded(path, x, y, w, h, (float) (dev.cartograph.diagram.render.Shapes.cornerRadius(shape, b) * scale));
        }
        return path;
    }

    private static void rounded(Path path, float x, float y, float w, float h, float r) {
        if (r <= 0) {
            path.addRectangle(x, y, w, h);
            return;
        }
        float d = 2 * r;
        path.moveTo(x + r, y);
        path.lineTo(x + w - r, y);
        path.addArc(x + w - d, y, d, d, 90, -90);
        path.lineTo(x + w, y + h - r);
        path.addArc(x + w - d, y + h - d, d, d, 0, -90);
        path.lineTo(x + r, y + h);
        path.addArc(x, y + h - d, d, d, 270, -90);
        path.lineTo(x, y + r);
        path.addArc(x, y, d, d, 180, -90);
        path.close();
    }
}

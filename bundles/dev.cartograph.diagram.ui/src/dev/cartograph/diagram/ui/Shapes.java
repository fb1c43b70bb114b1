// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Path;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.NodeShape;

/** The outline of each {@link NodeShape} as an SWT path, in diagram units. */
final class Shapes {

    /** Corner radius of {@link NodeShape#ROUNDED}. */
    static final double CORNER = 6;

    private Shapes() {
    }

    /**
     * @return a new path (the caller disposes it)
     */
    static Path path(Device device, NodeShape shape, Bounds b) {
        Path path = new Path(device);
        float x = (float) b.x();
        float y = (float) b.y();
        float w = (float) b.width();
        float h = (float) b.height();
        switch (shape) {
            case RECTANGLE -> path.addRectangle(x, y, w, h);
            case ROUNDED -> rounded(path, x, y, w, h, (float) Math.min(CORNER, Math.min(w, h) / 4));
            case PILL -> rounded(path, x, y, w, h, Math.min(w, h) / 2);
            case ELLIPSE -> path.addArc(x, y, w, h, 0, 360);
            case DIAMOND -> polygon(path, x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2);
            case HEXAGON -> {
                float inset = Math.min(w / 4, h / 2);
                polygon(path, x + inset, y, x + w - inset, y, x + w, y + h / 2, x + w - inset, y + h, x + inset, y + h,
                        x, y + h / 2);
            }
            case DOCUMENT -> {
                float wave = Math.min(h / 6, 8);
                path.moveTo(x, y);
                path.lineTo(x + w, y);
                path.lineTo(x + w, y + h - wave);
                path.cubicTo(x + w * 0.75f, y + h - 2 * wave, x + w * 0.25f, y + h + wave, x, y + h - wave);
                path.close();
            }
            default -> path.addRectangle(x, y, w, h);
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

    private static void polygon(Path path, float... xy) {
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.close();
    }
}

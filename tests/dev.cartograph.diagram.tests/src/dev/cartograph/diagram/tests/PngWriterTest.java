// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.render.PngWriter;

class PngWriterTest {

    @ParameterizedTest
    @ValueSource(doubles = { 1, 2, 1.5 })
    void thePngDecodesAtTheScaledSize(double scale) throws Exception {
        assertTrue(GraphicsEnvironment.isHeadless(), "the tests run headless, as the command line does");
        Diagram d = Fixtures.journey("Waits");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter.write(d, scale, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertNotNull(image, "a PNG");
        assertEquals((int) Math.ceil(800 * scale), image.getWidth());
        assertEquals((int) Math.ceil(600 * scale), image.getHeight());
        Point inside = d.find("friction:f2").bounds().center();
        int rgb = image.getRGB((int) ((inside.x() - 40) * scale), (int) ((inside.y() + 2) * scale)) & 0xffffff;
        assertTrue(rgb != 0xffffff, "the friction box is painted");
        assertEquals(0xffffff, image.getRGB(2, (int) (590 * scale)) & 0xffffff, "the background is white");
    }

    @Test
    void aHugeDiagramIsScaledDownRatherThanRunningOutOfMemory() {
        Diagram d = new Diagram("huge");
        d.setBounds(new Bounds(0, 0, 100_000, 50_000));
        double scale = PngWriter.effectiveScale(d, 2);
        assertTrue(scale < 2);
        assertTrue(100_000 * scale <= PngWriter.MAX_SIDE);
        assertTrue(100_000 * scale * 50_000 * scale <= PngWriter.MAX_PIXELS * 1.0001);
        Diagram small = Fixtures.journey("Waits");
        assertEquals(2, PngWriter.effectiveScale(small, 2));
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import dev.cartograph.maps.BuiltMap;
import dev.cartograph.maps.MapRenderer;

/**
 * A map out of the workbench: as PNG or SVG (the very bytes {@code ./cartograph map} writes for
 * the same model and layers), or on paper.
 */
final class MapExport {

    /** The PNG's pixels per diagram unit: sharp on HiDPI screens and in documents. */
    static final double PNG_SCALE = 2;

    private MapExport() {
    }

    /**
     * Writes a map as PNG, through a file beside the target, renamed over it when complete.
     *
     * @param map a laid-out map
     * @param file where to write
     * @throws IOException if it cannot be written
     */
    static void png(BuiltMap map, Path file) throws IOException {
        write(file, stream -> MapRenderer.writePng(map, PNG_SCALE, stream));
    }

    /**
     * Writes a map as SVG, as {@link #png(BuiltMap, Path)} writes PNG.
     *
     * @param map a laid-out map
     * @param file where to write
     * @throws IOException if it cannot be written
     */
    static void svg(BuiltMap map, Path file) throws IOException {
        write(file, stream -> MapRenderer.writeSvg(map, stream));
    }

    private interface Writer {
        void write(OutputStream stream) throws IOException;
    }

    private static void write(Path file, Writer writer) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".map", ".part"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                writer.write(stream);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Asks where to save the map, in the format the user chooses by the file's extension.
     *
     * @param shell the parent shell
     * @param map a laid-out map
     * @param name the suggested file name, without extension
     * @param svg whether SVG is proposed first (else PNG)
     * @return the file written, or {@code null} if the user cancelled
     * @throws IOException if it cannot be written
     */
    static Path ask(Shell shell, BuiltMap map, String name, boolean svg) throws IOException {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(svg ? Messages.MapsPage_exportSvg : Messages.MapsPage_exportPng);
        String[] extensions = svg ? new String[] { "*.svg", "*.png" } : new String[] { "*.png", "*.svg" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        dialog.setFilterExtensions(extensions);
        dialog.setFileName(name + (svg ? ".svg" : ".png")); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen);
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) { //$NON-NLS-1$
            svg(map, file);
        } else {
            png(map, file);
        }
        return file;
    }

    /**
     * Prints a map on one page, as large as the page allows, after the print dialog.
     *
     * @param shell the parent shell
     * @param map a laid-out map
     * @param title the print job's name
     * @return whether it was sent to a printer
     * @throws IOException if the map cannot be drawn
     */
    static boolean print(Shell shell, BuiltMap map, String title) throws IOException {
        PrintDialog dialog = new PrintDialog(shell, SWT.NONE);
        PrinterData data = dialog.open();
        if (data == null) {
            return false;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MapRenderer.writePng(map, PNG_SCALE, bytes);
        Printer printer = new Printer(data);
        try {
            if (!printer.startJob(title)) {
                return false;
            }
            Image image = new Image(printer, new ImageData(new ByteArrayInputStream(bytes.toByteArray())));
            GC gc = new GC(printer);
            try {
                printer.startPage();
                Rectangle page = printer.getClientArea();
                Rectangle size = image.getBounds();
                double fit = Math.min((double) page.width / size.width, (double) page.height / size.height);
                gc.drawImage(image, 0, 0, size.width, size.height, page.x, page.y, (int) (size.width * fit),
                        (int) (size.height * fit));
                printer.endPage();
            } finally {
                gc.dispose();
                image.dispose();
            }
            printer.endJob();
            return true;
        } finally {
            printer.dispose();
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.render.DiagramPainter;
import dev.cartograph.diagram.render.PngWriter;
import dev.cartograph.diagram.render.SvgWriter;
import dev.cartograph.diagram.ui.internal.Messages;

/**
 * Saves a diagram as PNG or SVG, and prints it. The files are those of the headless writers
 * ({@link SvgWriter}, {@link PngWriter}), so that the workbench exports the same SVG bytes as
 * {@code ./cartograph map}; selection and highlights are not exported.
 */
public final class DiagramExport {

    /** Pixels per diagram unit of exported PNGs: sharp on HiDPI screens and in print. */
    public static final double PNG_SCALE = 2;

    private static final String[] EXTENSIONS = { "*.png", "*.svg" }; //$NON-NLS-1$ //$NON-NLS-2$
    private static final double PAGE_MARGIN_INCHES = 0.5;

    private DiagramExport() {
    }

    /**
     * Asks where to save, then saves (as SVG if the name ends with {@code .svg}, else as PNG),
     * telling the user if it failed.
     *
     * @param shell the parent of the dialogs
     * @param diagram a laid-out diagram
     * @param name the file name to suggest, without extension
     * @return the file written, or {@code null} if the user cancelled or writing failed
     */
    public static Path export(Shell shell, Diagram diagram, String name) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Export_title);
        dialog.setFilterExtensions(EXTENSIONS);
        dialog.setFilterNames(new String[] { Messages.Export_png, Messages.Export_svg });
        dialog.setFileName(safeName(name) + ".png"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen);
        if (!file.getFileName().toString().contains(".")) { //$NON-NLS-1$
            file = file.resolveSibling(file.getFileName() + (dialog.getFilterIndex() == 1 ? ".svg" : ".png")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            write(diagram, file);
            return file;
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.Export_failedTitle,
                    NLS.bind(Messages.Export_failed, file, e.getMessage() == null ? e.toString() : e.getMessage()));
            return null;
        }
    }

    /**
     * @param name a diagram's title
     * @return it as a file name (characters that file systems refuse replaced)
     */
    static String safeName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return cleaned.isEmpty() ? "diagram" : cleaned; //$NON-NLS-1$
    }

    /**
     * Writes a diagram to a file, as SVG if its name ends with {@code .svg}, else as PNG at
     * {@link #PNG_SCALE}. The file is written whole or not at all (a temporary file, then moved).
     *
     * @param diagram a laid-out diagram
     * @param file where to write
     * @throws IOException if writing fails
     */
    public static void write(Diagram diagram, Path file) throws IOException {
        boolean svg = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg"); //$NON-NLS-1$
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".export-", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (svg) {
                    SvgWriter.write(diagram, out);
                } else {
                    PngWriter.write(diagram, PNG_SCALE, out);
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Asks which printer, then prints the diagram on one page, fitted within half-inch margins.
     *
     * @param shell the parent of the dialogs
     * @param diagram a laid-out diagram
     * @return whether it was sent to the printer
     */
    public static boolean print(Shell shell, Diagram diagram) {
        PrintDialog dialog = new PrintDialog(shell, SWT.NONE);
        PrinterData data = dialog.open();
        if (data == null) {
            return false;
        }
        Printer printer = new Printer(data);
        try {
            print(printer, diagram);
            return true;
        } catch (SWTException | IllegalStateException e) {
            MessageDialog.openError(shell, Messages.Export_failedTitle, NLS.bind(Messages.Print_failed, e.getMessage()));
            return false;
        } finally {
            printer.dispose();
        }
    }

    /**
     * Prints a diagram on one page of a printer, fitted within half-inch margins.
     *
     * @param printer the printer (not disposed here)
     * @param diagram a laid-out diagram
     */
    public static void print(Printer printer, Diagram diagram) {
        if (!printer.startJob(NLS.bind(Messages.Print_job, diagram.title()))) {
            throw new IllegalStateException(NLS.bind(Messages.Print_failed, diagram.title()));
        }
        DiagramResources resources = new DiagramResources(printer);
        GC gc = new GC(printer);
        try {
            printer.startPage();
            Rectangle page = printer.getClientArea();
            org.eclipse.swt.graphics.Point dpi = printer.getDPI();
            int mx = (int) (dpi.x * PAGE_MARGIN_INCHES);
            int my = (int) (dpi.y * PAGE_MARGIN_INCHES);
            Bounds b = diagram.bounds();
            double scale = Math.min((page.width - 2.0 * mx) / Math.max(1, b.width()), (page.height - 2.0 * my) / Math.max(1, b.height()));
            double dx = page.x + mx - b.x() * scale;
            double dy = page.y + my - b.y() * scale;
            try (SwtGraphics g = new SwtGraphics(gc, resources, scale, dx, dy)) {
                new DiagramPainter().paint(diagram, g);
            }
            printer.endPage();
            printer.endJob();
        } finally {
            gc.dispose();
            resources.dispose();
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.rcp.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * Start-up milestones for the UI benchmark ({@code releng/scripts/ui-bench.sh}): when the system
 * property {@value #PROPERTY} names a file, the workbench appends to it one line per milestone,
 * {@code NAME EPOCH_MILLIS USED_HEAP_BYTES}: {@code window} once the workbench window has been
 * painted, {@code editor} once the first portfolio editor is shown and painted. Without the
 * property nothing is done. The benchmark reads the lines; nothing in the product times itself.
 */
final class Milestones {

    /** The system property naming the file the milestones are appended to. */
    static final String PROPERTY = "cartograph.milestones"; //$NON-NLS-1$

    private Milestones() {
    }

    /** Starts recording, when asked to; called from the workbench's early start-up. */
    static void start() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null) {
                return;
            }
            window.getShell().update();
            record(file, "window"); //$NON-NLS-1$
            IWorkbenchPage page = window.getActivePage();
            if (page != null && page.getActiveEditor() instanceof PortfolioEditor editor) {
                editorShown(file, editor);
            } else if (page != null) {
                page.addPartListener(new IPartListener2() {
                    @Override
                    public void partVisible(IWorkbenchPartReference reference) {
                        if (reference.getPart(false) instanceof PortfolioEditor editor) {
                            page.removePartListener(this);
                            display.asyncExec(() -> editorShown(file, editor));
                        }
                    }
                });
            }
        });
    }

    private static void editorShown(String file, PortfolioEditor editor) {
        editor.getSite().getShell().update();
        record(file, "editor"); //$NON-NLS-1$
    }

    private static void record(String file, String milestone) {
        Runtime runtime = Runtime.getRuntime();
        String line = milestone + ' ' + System.currentTimeMillis() + ' ' + (runtime.totalMemory() - runtime.freeMemory())
                + '\n';
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // A benchmark's file that cannot be written costs only the benchmark's figures.
        }
    }
}

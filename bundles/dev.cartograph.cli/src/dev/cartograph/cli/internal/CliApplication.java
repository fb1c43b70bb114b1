// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import dev.cartograph.cli.CommandEnvironment;
import dev.cartograph.cli.CommandLine;
import dev.cartograph.maps.Maps;
import dev.cartograph.service.ScoringServices;
import dev.cartograph.service.ValidationServices;

/**
 * The Equinox application {@code dev.cartograph.cli.application}, started by {@code ./cartograph
 * COMMAND ...}: wires the criteria, strategies, validation rules and maps installed in the product (the
 * rules only when a command validates, the maps when it draws one), the process's streams (UTF-8) and working directory into a
 * {@link CommandLine}, and returns its exit code.
 * It never touches SWT or the workbench.
 */
public final class CliApplication implements IApplication {

    /** The caller's directory, set by the start script; relative file names start there. */
    private static final String WORKING_DIRECTORY = "cartograph.cwd"; //$NON-NLS-1$

    /** The width text tables fit into when the terminal's is not known (output to a file, a pipe). */
    static final int DEFAULT_COLUMNS = 100;

    /** The lines of a screenful when the terminal's is not known. */
    static final int DEFAULT_LINES = 40;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        ScoringServices services = ScoringServices.getDefault();
        CommandEnvironment environment = CommandEnvironment.builder(services.createEngine())
                .failures(services.criterionFailures(), services.strategyFailures())
                .rules(() -> ValidationServices.getDefault().rules(), () -> ValidationServices.getDefault().ruleFailures())
                .maps(() -> Maps.getDefault().renderer())
                .workingDirectory(Path.of(System.getProperty(WORKING_DIRECTORY, ""))) //$NON-NLS-1$
                .locale(Locale.getDefault())
                .streams(out, err)
                .terminal(size("COLUMNS", DEFAULT_COLUMNS), size("LINES", DEFAULT_LINES)) //$NON-NLS-1$ //$NON-NLS-2$
                .build();
        int code = new CommandLine(environment).run(args == null ? new String[0] : args);
        out.flush();
        err.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // A command runs to its end; there is nothing to interrupt.
    }

    /**
     * @param name {@code COLUMNS} or {@code LINES}: the environment variable, also passed by the
     *        start script as the system property {@code cartograph.columns} or {@code cartograph.lines}
     *        (from {@code tput} when the output is a terminal; shells do not export them)
     * @param fallback the size when neither is a positive number
     * @return the size; {@code 0} (no limit) when it is set to 0
     */
    static int size(String name, int fallback) {
        String value = System.getProperty("cartograph." + name.toLowerCase(Locale.ROOT)); //$NON-NLS-1$
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        try {
            int size = value == null ? -1 : Integer.parseInt(value.strip());
            return size >= 0 ? size : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

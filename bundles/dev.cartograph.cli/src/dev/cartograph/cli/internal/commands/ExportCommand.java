// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.cartograph.cli.ExitCodes;
import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.UsageException;
import dev.cartograph.cli.internal.output.Texts;
import dev.cartograph.io.ArchimateExport;
import dev.cartograph.io.inventory.InventoryExport;
import dev.cartograph.model.internal.persistence.AtomicFileWriter;

/**
 * {@code export FILE --format archimate|csv|xlsx|json --out PATH}: writes the portfolio in the ArchiMate Model
 * Exchange File Format 3.1, or its use cases with their scores, figures, own properties, quadrant and rank as
 * CSV, XLSX or JSON (without {@code --format}, the extension of {@code --out} says which; else ArchiMate),
 * atomically (a temporary file moved over the target), so an interrupted export leaves the previous file
 * whole. The portfolio is not changed.
 */
public final class ExportCommand implements Command {

    private static final String FORMAT = "format"; //$NON-NLS-1$
    private static final String OUT = "out"; //$NON-NLS-1$
    private static final String ARCHIMATE = "archimate"; //$NON-NLS-1$

    @Override
    public String name() {
        return "export"; //$NON-NLS-1$
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec(FORMAT, "archimate|csv|xlsx|json", "Option_exportFormat"), //$NON-NLS-1$
                new OptionSpec(OUT, "PATH", "Option_exportOut")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public int minArguments() {
        return 1;
    }

    @Override
    public int maxArguments() {
        return 1;
    }

    @Override
    public int run(Invocation invocation) throws UsageException, InputException {
        String output = invocation.option(OUT)
                .orElseThrow(() -> new UsageException(invocation.text("Usage_exportNeedsOut"))); //$NON-NLS-1$
        String format = invocation.option(FORMAT)
                .orElse(InventoryExport.forFile(output).map(f -> f.name()).orElse(ARCHIMATE)).strip()
                .toLowerCase(Locale.ROOT);
        Optional<InventoryExport.Format> table = InventoryExport.Format.of(format);
        if (!format.equals(ARCHIMATE) && table.isEmpty()) {
            throw new UsageException(invocation.text("Usage_badExportFormat", Texts.oneLine(format))); //$NON-NLS-1$
        }
        LoadedPortfolio loaded = invocation.load(invocation.arguments().get(0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (table.isPresent()) {
                InventoryExport.write(loaded.portfolio(), invocation.environment().engine().score(loaded.portfolio()),
                        table.get(), bytes);
            } else {
                ArchimateExport.write(loaded.portfolio(), bytes);
            }
        } catch (IOException e) {
            throw new InputException(invocation.text("Export_failed", loaded.name(), //$NON-NLS-1$
                    Texts.oneLine(String.valueOf(e.getMessage()))));
        }
        Path path;
        try {
            path = invocation.environment().workingDirectory().resolve(output).normalize();
        } catch (InvalidPathException e) {
            throw new InputException(invocation.text("Map_badOutput", Texts.oneLine(output))); //$NON-NLS-1$
        }
        try {
            AtomicFileWriter.write(path, out -> out, bytes::writeTo);
        } catch (IOException e) {
            throw new InputException(invocation.text("Map_cannotWrite", Texts.oneLine(output), //$NON-NLS-1$
                    Texts.oneLine(String.valueOf(e.getMessage()))));
        }
        invocation.environment().out().println(invocation.text("Export_written", loaded.name(), //$NON-NLS-1$
                Texts.oneLine(output), bytes.size()));
        return ExitCodes.OK;
    }
}

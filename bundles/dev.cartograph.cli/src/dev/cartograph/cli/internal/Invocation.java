// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.cartograph.cli.CommandEnvironment;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Format;

/**
 * One run of a command: its parsed options and arguments, the output format and the
 * environment. Reads option values with checks, loads files, and prints documents.
 */
public final class Invocation {

    private final CommandEnvironment environment;
    private final Map<String, String> options;
    private final List<String> arguments;
    private final Format format;

    /**
     * @param environment the environment
     * @param options the options given, by name, with their values ({@code ""} for an option without value)
     * @param arguments the arguments, in order
     * @param format the output format
     */
    public Invocation(CommandEnvironment environment, Map<String, String> options,
            List<String> arguments, Format format) {
        this.environment = environment;
        this.options = Map.copyOf(options);
        this.arguments = List.copyOf(arguments);
        this.format = format;
    }

    /** @return the output format */
    public Format format() {
        return format;
    }

    /** @return the environment */
    public CommandEnvironment environment() {
        return environment;
    }

    /** @return the arguments, in order */
    public List<String> arguments() {
        return arguments;
    }

    /** @return the language of the output */
    public Locale locale() {
        return environment.locale();
    }

    /**
     * @param key a message key
     * @param arguments its arguments
     * @return the text in the output's language
     */
    public String text(String key, Object... arguments) {
        return Messages.get(locale(), key, arguments);
    }

    /**
     * @param name an option's name
     * @return its value, if given
     */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /**
     * @param name an option's name
     * @param fallback the value when not given
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @return the value
     * @throws UsageException if the value is not a whole number in range
     */
    public int integer(String name, int fallback, int min, int max) throws UsageException {
        long value = whole(name, fallback);
        if (value < min || value > max) {
            throw new UsageException(text("Usage_outOfRange", "--" + name, options.get(name), min, max)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return (int) value;
    }

    /**
     * @param name an option's name
     * @param fallback the value when not given
     * @return the value
     * @throws UsageException if the value is not a whole number
     */
    public long whole(String name, long fallback) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(text("Usage_notWhole", "--" + name, value)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * @param name an option's name
     * @param fallback the value when not given
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @return the value
     * @throws UsageException if the value is not a number in range
     */
    public double decimal(String name, double fallback, double min, double max) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            parsed = Double.NaN;
        }
        if (!(parsed >= min && parsed <= max)) {
            throw new UsageException(text("Usage_outOfRange", "--" + name, value, min, max)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return parsed;
    }

    /**
     * Loads a file named on the command line and prints its load warnings on the error stream.
     *
     * @param argument the file as written
     * @return the portfolio
     * @throws InputException if the file cannot be used
     */
    public LoadedPortfolio load(String argument) throws InputException {
        LoadedPortfolio loaded = PortfolioFiles.load(argument, environment.workingDirectory(), locale());
        loaded.warnings().forEach(environment.err()::println);
        return loaded;
    }

    /**
     * Prints a document in the chosen format. Notes that the format cannot hold go to the error stream.
     *
     * @param document the document
     */
    public void print(Document document) {
        environment.out().print(format.write(document, locale(), environment.columns()));
        if (!format.includesNotes()) {
            document.notes().forEach(note -> environment.err().println(text("Output_note", note))); //$NON-NLS-1$
        }
    }
}

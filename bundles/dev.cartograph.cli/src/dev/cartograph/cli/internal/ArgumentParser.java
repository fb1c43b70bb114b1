// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.cartograph.cli.CommandEnvironment;
import dev.cartograph.cli.internal.output.Format;

/**
 * Parses what follows a command's name: options ({@code --name value}, {@code --name=value},
 * {@code --flag}), {@code --help} or {@code -h}, and arguments; {@code --} ends the options.
 * An option given twice keeps its last value.
 */
public final class ArgumentParser {

    private static final String HELP = "help"; //$NON-NLS-1$

    private ArgumentParser() {
    }

    /**
     * @param command the command
     * @param args what follows its name
     * @param environment the environment
     * @return the invocation, or empty when help was asked for
     * @throws UsageException if the command line is wrong
     */
    public static Optional<Invocation> parse(Command command, List<String> args, CommandEnvironment environment)
            throws UsageException {
        Locale locale = environment.locale();
        Map<String, OptionSpec> specs = new LinkedHashMap<>();
        command.options().forEach(spec -> specs.put(spec.name(), spec));
        Map<String, String> options = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>();
        boolean onlyArguments = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyArguments || !arg.startsWith("-") || arg.equals("-")) { //$NON-NLS-1$ //$NON-NLS-2$
                arguments.add(arg);
            } else if (arg.equals("--")) { //$NON-NLS-1$
                onlyArguments = true;
            } else if (arg.equals("-h") || arg.equals("--help")) { //$NON-NLS-1$ //$NON-NLS-2$
                return Optional.empty();
            } else {
                i = option(arg, args, i, specs, options, locale);
            }
        }
        if (arguments.size() < command.minArguments()) {
            throw new UsageException(Messages.get(locale, "Usage_missingArgument")); //$NON-NLS-1$
        }
        if (arguments.size() > command.maxArguments()) {
            throw new UsageException(Messages.get(locale, "Usage_tooManyArguments", //$NON-NLS-1$
                    arguments.get(command.maxArguments())));
        }
        Format format = Format.TABLE;
        String formatValue = options.get(OptionSpec.FORMAT.name());
        if (formatValue != null && command.options().contains(OptionSpec.FORMAT)) {
            format = Format.parse(formatValue).orElseThrow(() -> new UsageException(Messages.get(locale,
                    "Usage_badFormat", formatValue, formats()))); //$NON-NLS-1$
        }
        return Optional.of(new Invocation(environment, options, arguments, format));
    }

    private static int option(String arg, List<String> args, int index, Map<String, OptionSpec> specs,
            Map<String, String> options, Locale locale) throws UsageException {
        if (!arg.startsWith("--")) { //$NON-NLS-1$
            throw new UsageException(Messages.get(locale, "Usage_unknownOption", arg)); //$NON-NLS-1$
        }
        int equals = arg.indexOf('=');
        String name = arg.substring(2, equals < 0 ? arg.length() : equals);
        OptionSpec spec = specs.get(name);
        if (spec == null || name.equals(HELP)) {
            throw new UsageException(Messages.get(locale, "Usage_unknownOption", "--" + name)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!spec.hasValue()) {
            if (equals >= 0) {
                throw new UsageException(Messages.get(locale, "Usage_noValueExpected", "--" + name)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            options.put(name, ""); //$NON-NLS-1$
            return index;
        }
        if (equals >= 0) {
            options.put(name, arg.substring(equals + 1));
            return index;
        }
        if (index + 1 >= args.size()) {
            throw new UsageException(Messages.get(locale, "Usage_missingValue", "--" + name, spec.valueName())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        options.put(name, args.get(index + 1));
        return index + 1;
    }

    /** @return the format names, for messages */
    public static String formats() {
        return Arrays.stream(Format.values()).map(Format::id).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }
}

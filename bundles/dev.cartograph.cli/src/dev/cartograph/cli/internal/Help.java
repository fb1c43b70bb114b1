// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The help texts: the overview of all commands, and each command's usage and options. */
public final class Help {

    private Help() {
    }

    /**
     * @param locale the language
     * @param commands the commands, in the order to list them
     * @return the overview, ending with a line end
     */
    public static String overview(Locale locale, List<Command> commands) {
        StringBuilder out = new StringBuilder();
        out.append(Messages.get(locale, "Help_intro")).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append(Messages.get(locale, "Help_usage", "cartograph COMMAND [OPTION...] [FILE...]")).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.append(Messages.get(locale, "Help_commands")).append('\n'); //$NON-NLS-1$
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Command command : commands) {
            out.append("  ").append(command.name()).append(" ".repeat(width - command.name().length() + 2)) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Messages.get(locale, "Summary_" + command.name())).append('\n'); //$NON-NLS-1$
        }
        out.append('\n').append(Messages.get(locale, "Help_formats", ArgumentParser.formats())).append('\n'); //$NON-NLS-1$
        out.append(Messages.get(locale, "Help_exitCodes")).append('\n'); //$NON-NLS-1$
        out.append(Messages.get(locale, "Help_more")).append('\n'); //$NON-NLS-1$
        return out.toString();
    }

    /**
     * @param locale the language
     * @param command a command
     * @return its help, ending with a line end
     */
    public static String of(Locale locale, Command command) {
        String name = command.name();
        StringBuilder out = new StringBuilder();
        out.append(Messages.get(locale, "Help_usage", Messages.get(locale, "Syntax_" + name))).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.append(Messages.get(locale, "Description_" + name)).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.append(Messages.get(locale, "Help_options")).append('\n'); //$NON-NLS-1$
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (OptionSpec option : command.options()) {
            names.add("--" + option.name() + (option.hasValue() ? ' ' + option.valueName() : "")); //$NON-NLS-1$ //$NON-NLS-2$
            texts.add(Messages.get(locale, option.helpKey()));
        }
        names.add("-h, --help"); //$NON-NLS-1$
        texts.add(Messages.get(locale, "Option_help")); //$NON-NLS-1$
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (int i = 0; i < names.size(); i++) {
            out.append("  ").append(names.get(i)).append(" ".repeat(width - names.get(i).length() + 2)) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(texts.get(i)).append('\n');
        }
        out.append('\n').append(Messages.get(locale, "Exit_" + name)).append('\n'); //$NON-NLS-1$
        return out.toString();
    }
}

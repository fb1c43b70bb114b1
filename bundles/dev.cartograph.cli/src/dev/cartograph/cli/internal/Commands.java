// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.cartograph.cli.internal.commands.BenchCommand;
import dev.cartograph.cli.internal.commands.CriteriaCommand;
import dev.cartograph.cli.internal.commands.DiffCommand;
import dev.cartograph.cli.internal.commands.GitCommand;
import dev.cartograph.cli.internal.commands.MergeCommand;
import dev.cartograph.cli.internal.commands.ExportCommand;
import dev.cartograph.cli.internal.commands.HelpCommand;
import dev.cartograph.cli.internal.commands.ImportCommand;
import dev.cartograph.cli.internal.commands.MapCommand;
import dev.cartograph.cli.internal.commands.RankCommand;
import dev.cartograph.cli.internal.commands.ReportCommand;
import dev.cartograph.cli.internal.commands.RoadmapCommand;
import dev.cartograph.cli.internal.commands.ScoreCommand;
import dev.cartograph.cli.internal.commands.SensitivityCommand;
import dev.cartograph.cli.internal.commands.ValidateCommand;

/** The commands of the command line, in the order of the help. */
public final class Commands {

    private static final List<Command> ALL = List.of(new ValidateCommand(), new ScoreCommand(), new RankCommand(),
            new SensitivityCommand(), new RoadmapCommand(), new CriteriaCommand(), new MapCommand(), new ReportCommand(),
            new ImportCommand(), new ExportCommand(), new DiffCommand(), new MergeCommand(), new GitCommand(),
            new BenchCommand(),
            new HelpCommand());

    private Commands() {
    }

    /** @return every command */
    public static List<Command> all() {
        return ALL;
    }

    /**
     * @param name a command's name
     * @return the command, if there is one of that name
     */
    public static Optional<Command> find(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The command a mistyped name most likely meant: the only command it begins (at least three
     * letters, as {@code sens} for {@code sensitivity}), else the nearest command within one
     * mistake per three letters typed, at most two ({@code valdiate}, {@code socre}, {@code Rank}).
     *
     * @param name a name that is not a command's
     * @return the command meant, if one is close enough
     */
    public static Optional<Command> closest(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<Command> starting = ALL.stream().filter(c -> lower.length() >= 3 && c.name().startsWith(lower)).toList();
        if (starting.size() == 1) {
            return Optional.of(starting.get(0));
        }
        int allowed = Math.min(2, Math.max(1, name.length() / 3));
        Command best = null;
        int bestDistance = allowed + 1;
        for (Command command : ALL) {
            int distance = EditDistance.between(name, command.name());
            if (distance < bestDistance) {
                best = command;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}

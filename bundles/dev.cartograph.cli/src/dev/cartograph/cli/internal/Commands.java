// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.util.List;
import java.util.Optional;

import dev.cartograph.cli.internal.commands.BenchCommand;
import dev.cartograph.cli.internal.commands.CriteriaCommand;
import dev.cartograph.cli.internal.commands.HelpCommand;
import dev.cartograph.cli.internal.commands.MapCommand;
import dev.cartograph.cli.internal.commands.RankCommand;
import dev.cartograph.cli.internal.commands.RoadmapCommand;
import dev.cartograph.cli.internal.commands.ScoreCommand;
import dev.cartograph.cli.internal.commands.SensitivityCommand;
import dev.cartograph.cli.internal.commands.ValidateCommand;

/** The commands of the command line, in the order of the help. */
public final class Commands {

    private static final List<Command> ALL = List.of(new ValidateCommand(), new ScoreCommand(), new RankCommand(),
            new SensitivityCommand(), new RoadmapCommand(), new CriteriaCommand(), new MapCommand(), new BenchCommand(),
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
}

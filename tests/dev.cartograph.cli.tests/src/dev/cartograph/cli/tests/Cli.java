// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dev.cartograph.cli.CommandEnvironment;
import dev.cartograph.cli.CommandLine;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.StrategyFailure;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.validation.RuleRegistry;

/** Runs the command line in-process, with criteria filled in code, and captures what it prints. */
final class Cli {

    private final CriterionRegistry criteria;
    private final Path directory;
    private Locale locale = Locale.ENGLISH;
    private List<CriterionFailure> criterionFailures = List.of();
    private List<StrategyFailure> strategyFailures = List.of();
    private RuleRegistry rules;
    private int columns;
    private int lines;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {

        /** @return the lines of the error stream */
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    /**
     * @param criteria the installed criteria
     * @param directory the working directory
     */
    Cli(CriterionRegistry criteria, Path directory) {
        this.criteria = criteria;
        this.directory = directory;
    }

    /** @return a command line with the eight default criteria */
    static Cli withDefaults(Path directory) {
        return new Cli(TestCriteria.defaults(), directory);
    }

    Cli locale(Locale value) {
        locale = value;
        return this;
    }

    Cli failures(List<CriterionFailure> criteria, List<StrategyFailure> strategies) {
        criterionFailures = criteria;
        strategyFailures = strategies;
        return this;
    }

    /** Runs as in a terminal of that size (by default, no limit). */
    Cli terminal(int width, int height) {
        columns = width;
        lines = height;
        return this;
    }

    Cli rules(RuleRegistry registry) {
        rules = registry;
        return this;
    }

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandEnvironment.Builder builder = CommandEnvironment.builder(new ScoringEngine(criteria, new StrategyRegistry()))
                .failures(criterionFailures, strategyFailures).workingDirectory(directory).locale(locale)
                .streams(outStream, errStream).terminal(columns, lines);
        if (rules != null) {
            builder.rules(rules);
        }
        CommandEnvironment environment = builder.build();
        int code = new CommandLine(environment).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

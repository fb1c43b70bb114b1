// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import dev.cartograph.maps.MapRenderer;
import dev.cartograph.maps.Maps;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.StrategyFailure;
import dev.cartograph.validation.RuleFailure;
import dev.cartograph.validation.RuleRegistry;

/**
 * What the command line reads from its surroundings: the scoring engine with the installed
 * criteria and strategies, the contributions that failed, the validation rules, the maps, the directory
 * relative file names start from, the language of the output, and the two output streams. Immutable; build one with
 * {@link #builder(ScoringEngine)}.
 */
public final class CommandEnvironment {

    private final ScoringEngine engine;
    private final List<CriterionFailure> criterionFailures;
    private final List<StrategyFailure> strategyFailures;
    private final Supplier<RuleRegistry> rules;
    private final Supplier<List<RuleFailure>> ruleFailures;
    private RuleRegistry installedRules;
    private final Supplier<MapRenderer> maps;
    private MapRenderer installedMaps;
    private final Path workingDirectory;
    private final Locale locale;
    private final PrintStream out;
    private final PrintStream err;
    private final int columns;
    private final int lines;

    private CommandEnvironment(Builder builder) {
        engine = builder.engine;
        criterionFailures = List.copyOf(builder.criterionFailures);
        strategyFailures = List.copyOf(builder.strategyFailures);
        rules = builder.rules;
        ruleFailures = builder.ruleFailures;
        maps = builder.maps;
        workingDirectory = builder.workingDirectory;
        locale = builder.locale;
        columns = builder.columns;
        lines = builder.lines;
        out = builder.out;
        err = builder.err;
    }

    /**
     * @param engine the engine, on the installed criteria and strategies
     * @return a builder with: no failures, the {@linkplain RuleRegistry#withBuiltInRules() built-in
     *         rules}, the JVM's working directory, the default locale, {@link System#out} and
     *         {@link System#err}
     */
    public static Builder builder(ScoringEngine engine) {
        return new Builder(engine);
    }

    /** @return the engine */
    public ScoringEngine engine() {
        return engine;
    }

    /** @return the criterion contributions that were refused or failed, each naming its contributor */
    public List<CriterionFailure> criterionFailures() {
        return criterionFailures;
    }

    /** @return the strategy contributions that were refused or failed, each naming its contributor */
    public List<StrategyFailure> strategyFailures() {
        return strategyFailures;
    }

    /** @return the validation rules, obtained the first time they are asked for */
    public synchronized RuleRegistry rules() {
        if (installedRules == null) {
            installedRules = Objects.requireNonNull(rules.get());
        }
        return installedRules;
    }

    /** @return the rule contributions that were refused or failed, each naming its contributor */
    public List<RuleFailure> ruleFailures() {
        rules();
        return List.copyOf(ruleFailures.get());
    }

    /** @return the installed maps and layers, obtained the first time they are asked for */
    public synchronized MapRenderer maps() {
        if (installedMaps == null) {
            installedMaps = Objects.requireNonNull(maps.get());
        }
        return installedMaps;
    }

    /** @return the directory relative file names are resolved against */
    public Path workingDirectory() {
        return workingDirectory;
    }

    /** @return the language of the output */
    public Locale locale() {
        return locale;
    }

    /**
     * @return the width, in characters, that text tables fit into (long columns wrap); 0 for
     *         no limit
     */
    public int columns() {
        return columns;
    }

    /** @return the lines of a screenful, for outputs that summarise longer lists; 0 for no limit */
    public int lines() {
        return lines;
    }

    /** @return where results go */
    public PrintStream out() {
        return out;
    }

    /** @return where problems go */
    public PrintStream err() {
        return err;
    }

    /** Builds a {@link CommandEnvironment}. */
    public static final class Builder {
        private final ScoringEngine engine;
        private List<CriterionFailure> criterionFailures = List.of();
        private List<StrategyFailure> strategyFailures = List.of();
        private Supplier<RuleRegistry> rules;
        private Supplier<List<RuleFailure>> ruleFailures;
        private Supplier<MapRenderer> maps = () -> Maps.getDefault().renderer();
        private Path workingDirectory = Path.of("").toAbsolutePath(); //$NON-NLS-1$
        private Locale locale = Locale.getDefault();
        private PrintStream out = System.out;
        private PrintStream err = System.err;
        private int columns;
        private int lines;

        private Builder(ScoringEngine engine) {
            this.engine = Objects.requireNonNull(engine);
        }

        /**
         * @param criteria the criterion contributions that failed
         * @param strategies the strategy contributions that failed
         * @return this builder
         */
        public Builder failures(List<CriterionFailure> criteria, List<StrategyFailure> strategies) {
            criterionFailures = Objects.requireNonNull(criteria);
            strategyFailures = Objects.requireNonNull(strategies);
            return this;
        }

        /**
         * @param registry the validation rules
         * @return this builder
         */
        public Builder rules(RuleRegistry registry) {
            Objects.requireNonNull(registry);
            return rules(() -> registry, registry::failures);
        }

        /**
         * Sets where the validation rules come from, so that a command that does not validate does
         * not read the rule contributions.
         *
         * @param registry gives the validation rules, called once, the first time they are needed
         * @param failures gives the rule contributions that were refused or failed
         * @return this builder
         */
        public Builder rules(Supplier<RuleRegistry> registry, Supplier<List<RuleFailure>> failures) {
            rules = Objects.requireNonNull(registry);
            ruleFailures = Objects.requireNonNull(failures);
            return this;
        }

        /**
         * Sets where the maps and layers come from, so that a command that draws no map does not
         * read their contributions. By default, those of the running platform.
         *
         * @param renderer gives the maps and layers, called once, the first time they are needed
         * @return this builder
         */
        public Builder maps(Supplier<MapRenderer> renderer) {
            maps = Objects.requireNonNull(renderer);
            return this;
        }

        /**
         * @param directory the directory relative file names are resolved against
         * @return this builder
         */
        public Builder workingDirectory(Path directory) {
            workingDirectory = directory.toAbsolutePath();
            return this;
        }

        /**
         * @param value the language of the output
         * @return this builder
         */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value);
            return this;
        }

        /**
         * @param stdout where results go
         * @param stderr where problems go
         * @return this builder
         */
        public Builder streams(PrintStream stdout, PrintStream stderr) {
            out = Objects.requireNonNull(stdout);
            err = Objects.requireNonNull(stderr);
            return this;
        }

        /**
         * @param width the width text tables fit into, 0 for no limit (the default)
         * @param height the lines of a screenful, 0 for no limit (the default)
         * @return this builder
         */
        public Builder terminal(int width, int height) {
            columns = Math.max(0, width);
            lines = Math.max(0, height);
            return this;
        }

        /** @return the environment */
        public CommandEnvironment build() {
            if (rules == null) {
                rules(RuleRegistry.withBuiltInRules());
            }
            return new CommandEnvironment(this);
        }
    }
}

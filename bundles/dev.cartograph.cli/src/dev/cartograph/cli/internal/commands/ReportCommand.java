// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import dev.cartograph.cli.ExitCodes;
import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.UsageException;
import dev.cartograph.cli.internal.output.Texts;
import dev.cartograph.model.UseCase;
import dev.cartograph.report.Paper;
import dev.cartograph.report.RankOrder;
import dev.cartograph.report.ReportException;
import dev.cartograph.report.ReportFormat;
import dev.cartograph.report.ReportGenerator;
import dev.cartograph.report.ReportRequest;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.ValidationOptions;

/**
 * {@code report FILE [--use-case ID|NAME,...] [--wave NAME] [--quadrant Q] [--status S]
 * [--format pdf|html] [--paper a4|letter] [--template DIR] [--lang en|fr] --out PATH}: without
 * {@code --use-case}, the portfolio report (cover, summary, a one-pager per use case in rank
 * order, appendix); with one use case, its one-pager; with several, their one-pagers. Written
 * atomically: on any failure the output file is left as it was.
 */
public final class ReportCommand implements Command {

    private static final String USE_CASE = "use-case"; //$NON-NLS-1$
    private static final String WAVE = "wave"; //$NON-NLS-1$
    private static final String QUADRANT = "quadrant"; //$NON-NLS-1$
    private static final String STATUS = "status"; //$NON-NLS-1$
    private static final String FORMAT = "format"; //$NON-NLS-1$
    private static final String PAPER = "paper"; //$NON-NLS-1$
    private static final String TEMPLATE = "template"; //$NON-NLS-1$
    private static final String LANG = "lang"; //$NON-NLS-1$
    private static final String OUT = "out"; //$NON-NLS-1$

    @Override
    public String name() {
        return "report"; //$NON-NLS-1$
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec(USE_CASE, "ID|NAME,...", "Option_reportUseCase"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(WAVE, "NAME", "Option_reportWave"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(QUADRANT, "quick-win|strategic-bet|fill-in|drop", "Option_reportQuadrant"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(STATUS, "STATUS", "Option_reportStatus"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(FORMAT, "pdf|html", "Option_reportFormat"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(PAPER, "a4|letter", "Option_reportPaper"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(TEMPLATE, "DIR", "Option_reportTemplate"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(LANG, "en|fr", "Option_reportLang"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(OUT, "PATH", "Option_reportOut")); //$NON-NLS-1$ //$NON-NLS-2$
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
        ReportFormat format = choice(invocation, FORMAT, ReportFormat.PDF, ReportFormat.values());
        Paper paper = choice(invocation, PAPER, Paper.A4, Paper.values());
        Locale locale = invocation.option(LANG).map(l -> Locale.forLanguageTag(l.strip())).orElse(invocation.locale());
        String out = invocation.option(OUT).orElseThrow(() -> new UsageException(invocation.text("Usage_reportNeedsOut"))); //$NON-NLS-1$
        Path target = path(invocation, out, "Report_badOut"); //$NON-NLS-1$
        Path template = invocation.option(TEMPLATE).isPresent() ? path(invocation, invocation.option(TEMPLATE).get(),
                "Report_badTemplate") : null; //$NON-NLS-1$
        LoadedPortfolio loaded = invocation.load(invocation.arguments().get(0));
        ScoringResult scoring = invocation.environment().engine().score(loaded.portfolio());
        List<UseCase> chosen = chosen(invocation, loaded, scoring);
        ReportRequest.Builder request = ReportRequest.builder(scoring).useCases(chosen)
                .summary(invocation.option(USE_CASE).isEmpty()).format(format).paper(paper).locale(locale)
                .templateFolder(template).maps(invocation.environment().maps())
                .validation(() -> new PortfolioValidation(invocation.environment().rules()).validate(loaded.portfolio(),
                        scoring, ValidationOptions.defaults().withLocale(locale)));
        try {
            new ReportGenerator().write(request.build(), target, (done, total) -> true);
        } catch (ReportException e) {
            throw new InputException(invocation.text("Report_failed", loaded.name(), Texts.oneLine(e.getMessage()))); //$NON-NLS-1$
        }
        invocation.environment().out().println(invocation.text("Report_written", chosen.size(), Texts.oneLine(out))); //$NON-NLS-1$
        return ExitCodes.OK;
    }

    private static <E extends Enum<E>> E choice(Invocation invocation, String option, E fallback, E[] values)
            throws UsageException {
        String given = invocation.option(option).orElse(null);
        if (given == null) {
            return fallback;
        }
        for (E value : values) {
            if (value.name().equalsIgnoreCase(given.strip().replace('-', '_'))) {
                return value;
            }
        }
        throw new UsageException(invocation.text("Usage_badChoice", Texts.oneLine(given), option, //$NON-NLS-1$
                String.join("|", java.util.Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()))); //$NON-NLS-1$
    }

    private static Path path(Invocation invocation, String given, String badKey) throws UsageException {
        try {
            return invocation.environment().workingDirectory().resolve(given).normalize();
        } catch (InvalidPathException e) {
            throw new UsageException(invocation.text(badKey, Texts.oneLine(given)));
        }
    }

    private static List<UseCase> chosen(Invocation invocation, LoadedPortfolio loaded, ScoringResult scoring)
            throws InputException, UsageException {
        if (invocation.option(USE_CASE).isPresent()) {
            List<UseCase> chosen = new ArrayList<>();
            for (String part : invocation.option(USE_CASE).get().split(",")) { //$NON-NLS-1$
                if (!part.isBlank()) {
                    chosen.add((UseCase) MapCommand.find(invocation, loaded, loaded.portfolio().getUseCases(), part,
                            "Report_noUseCase")); //$NON-NLS-1$
                }
            }
            return chosen;
        }
        return RankOrder.of(scoring, filter(invocation));
    }

    private static Predicate<UseCaseScore> filter(Invocation invocation) throws UsageException {
        Predicate<UseCaseScore> filter = s -> true;
        String wave = invocation.option(WAVE).map(String::strip).orElse(null);
        if (wave != null) {
            filter = filter.and(s -> s.useCase().getWave() != null && wave.equalsIgnoreCase(s.useCase().getWave().getName()));
        }
        if (invocation.option(QUADRANT).isPresent()) {
            Quadrant wanted = choice(invocation, QUADRANT, null, Quadrant.values());
            filter = filter.and(s -> s.quadrant() == wanted);
        }
        String status = invocation.option(STATUS).map(String::strip).orElse(null);
        if (status != null) {
            filter = filter.and(s -> s.status() != null && s.status().getLiteral().equalsIgnoreCase(status));
        }
        return filter;
    }
}

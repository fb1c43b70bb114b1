// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;

/**
 * Text tables fit the terminal: with long real names, the widest text columns are narrowed and
 * wrap, so that no line is wider than the terminal and no word is lost; JSON keeps every text
 * whole. A list of findings longer than a screenful begins with a count per severity and rule.
 */
class TerminalWidthTest {

    private static final String LONG = "Proactive outage notification for business customers whose contracts "
            + "include a guaranteed time to repair and a named account manager in the regional office";

    @TempDir
    Path directory;

    @BeforeEach
    void writeLongNames() {
        Portfolio portfolio = Portfolios.FACTORY.createPortfolio();
        portfolio.setName("Long names");
        for (int i = 0; i < 30; i++) {
            portfolio.getUseCases().add(Portfolios.useCase(LONG + " " + i, Scope.EXTERNAL, UseCaseStatus.APPROVED,
                    1 + i % 5, 1 + i % 4));
        }
        Portfolios.write(portfolio, directory, "long.cartograph");
    }

    @Test
    void identifiersStayWholeWhileAnotherColumnCanGiveRoom() {
        // 117 characters at full width: the directions wrap to their longest word first, which
        // is enough room for 100 columns, so the contributor's identifier is not broken.
        String out = new Cli(TestCriteria.grid(), directory).terminal(100, 0).run("criteria").out(); //$NON-NLS-1$
        for (String line : out.split("\n")) { //$NON-NLS-1$
            assertTrue(line.length() <= 100, line.length() + ": " + line); //$NON-NLS-1$
        }
        assertTrue(out.lines().anyMatch(line -> line.startsWith("value ") && line.endsWith(" dev.cartograph.cli.tests")), //$NON-NLS-1$ //$NON-NLS-2$
                out);
    }

    @Test
    void everyLineOfTheRankingFitsEightyColumnsAndTheNamesAreWhole() {
        String out = new Cli(TestCriteria.grid(), directory).terminal(80, 0).run("rank", "long.cartograph").out();
        List<String> lines = List.of(out.split("\n"));
        for (String line : lines) {
            assertTrue(line.length() <= 80, line.length() + ": " + line);
        }
        int ranking = lines.indexOf("Ranking");
        String rule = lines.get(ranking + 2);
        int from = rule.indexOf("  -") + 2;
        int to = rule.indexOf("  ", from);
        StringBuilder names = new StringBuilder();
        for (String line : lines.subList(ranking + 3, lines.size())) {
            names.append(line.length() <= from ? "" : line.substring(from, Math.min(to, line.length())));
        }
        String column = names.toString().replace(" ", "");
        for (int i = 0; i < 30; i++) {
            assertTrue(column.contains((LONG + " " + i).replace(" ", "")), "the whole name " + i + " is there, wrapped");
        }
        assertTrue(lines.get(ranking + 3).matches(" *=?1  Proactive +100.0 .*"), out);
    }

    @Test
    void withoutALimitOrInJsonTheTextsStayOnOneLine() {
        String table = new Cli(TestCriteria.grid(), directory).run("rank", "long.cartograph").out();
        assertTrue(table.lines().anyMatch(l -> l.contains(LONG + " 0") && l.length() > 180));
        String json = new Cli(TestCriteria.grid(), directory).terminal(80, 40)
                .run("rank", "long.cartograph", "--format", "json").out();
        List<Map<String, Object>> ranking = Json.rows(Json.object(json), "ranking");
        assertTrue(ranking.stream().allMatch(r -> ((String) r.get("name")).startsWith(LONG)));
    }

    @Test
    void findingsLongerThanAScreenfulBeginWithACountPerSeverityAndRule() {
        Cli cli = new Cli(TestCriteria.grid(), directory).terminal(100, 20);
        List<String> lines = cli.run("validate", "long.cartograph").out().lines().toList();
        int summary = lines.indexOf(lines.stream().filter(l -> l.startsWith("Findings by severity and rule (")).findFirst()
                .orElseThrow(() -> new AssertionError(lines)));
        int findings = lines.indexOf("Findings");
        assertTrue(summary > 0 && summary < findings, "the summary comes first");
        assertTrue(lines.get(summary + 1).startsWith("Severity"), lines.get(summary + 1));
        String first = lines.get(summary + 3);
        assertTrue(first.startsWith("Error "), first);
        assertTrue(first.matches("Error\\s+\\S+\\s+\\d+"), first);
        for (String line : lines) {
            assertTrue(line.length() <= 100, line.length() + ": " + line);
        }
        List<String> french = new Cli(TestCriteria.grid(), directory).terminal(100, 20).locale(Locale.FRENCH)
                .run("validate", "long.cartograph").out().lines().toList();
        assertTrue(french.stream().anyMatch(l -> l.startsWith("Constats par gravit\u00e9 et par r\u00e8gle (")), french.toString());
    }

    @Test
    void aShortListOfFindingsHasNoSummary() {
        List<String> lines = new Cli(TestCriteria.grid(), directory).terminal(100, 2000).run("validate", "long.cartograph")
                .out().lines().toList();
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Findings by severity")));
        assertFalse(String.join("\n", new Cli(TestCriteria.grid(), directory).terminal(100, 20)
                .run("validate", "long.cartograph", "--format", "json").out()).contains("\"summary\""));
    }
}

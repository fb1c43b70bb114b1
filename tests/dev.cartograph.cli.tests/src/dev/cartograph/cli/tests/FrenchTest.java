// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in French: its own texts and number format; machine formats do not change. */
class FrenchTest {

    @TempDir
    Path directory;

    private Cli cli;

    @BeforeEach
    void writeGrid() {
        Portfolios.write(Portfolios.grid(), directory, "grid.cartograph");
        cli = new Cli(TestCriteria.grid(), directory).locale(Locale.FRENCH);
    }

    @Test
    void theTableIsInFrenchWithDecimalCommas() {
        Cli.Run run = cli.run("rank", "grid.cartograph");

        assertEquals(0, run.exitCode());
        List<String> lines = List.of(run.out().split("\n"));
        assertEquals("Classement : grid.cartograph", lines.get(0));
        assertTrue(lines.contains("Portefeuille : Grid"), run.out());
        assertTrue(lines.contains("Arr\u00eat\u00e9s par un seuil (bloqu\u00e9s ou pas pr\u00eats)"), run.out());
        int ranking = lines.indexOf("Classement");
        assertTrue(lines.get(ranking + 1).startsWith("Rang  Cas d'usage  Globale  Impact  Faisabilit\u00e9"),
                lines.get(ranking + 1));
        assertTrue(lines.get(ranking + 6).startsWith("   4  Delta" + " ".repeat(11) + "12,5     0,0         25,0"),
                lines.get(ranking + 6));
        assertTrue(run.out().contains("aucune valeur pour Effort"), run.out());
    }

    @Test
    void usageErrorsAndHelpAreInFrench() {
        Cli.Run error = cli.run("score", "grid.cartograph", "--format", "xml");
        Cli.Run help = cli.run("validate", "--help");

        assertEquals(List.of("cartograph score: format inconnu 'xml' ; formats possibles : table, json, csv, markdown "
                + "(voir 'cartograph score --help')"), error.errLines());
        assertTrue(help.out().startsWith("Usage : cartograph validate FICHIER..."), help.out());
        assertTrue(help.out().contains("Codes de sortie : 0 aucun constat"), help.out());
    }

    @Test
    void validationFindingsNameTheElementInFrench() {
        Portfolios.write(ValidateFixtures.idea(), directory, "idea.cartograph");

        String out = cli.run("validate", "idea.cartograph").out();

        assertTrue(out.contains("Cas d'usage \u00ab\u00a0Mailbox triage\u00a0\u00bb"), out);
        assertTrue(out.contains("Constats\n"), out);
    }

    @Test
    void jsonIsTheSameInEveryLanguage() {
        Cli.Run french = cli.run("score", "grid.cartograph", "--format", "json");
        Cli.Run english = cli.locale(Locale.ENGLISH).run("score", "grid.cartograph", "--format", "json");

        assertEquals(english.out(), french.out());
    }
}

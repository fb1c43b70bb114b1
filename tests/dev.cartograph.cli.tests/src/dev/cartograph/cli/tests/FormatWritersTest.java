// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.CsvWriter;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.DocumentJson;
import dev.cartograph.cli.internal.output.Label;
import dev.cartograph.cli.internal.output.MarkdownWriter;
import dev.cartograph.cli.internal.output.Section;
import dev.cartograph.cli.internal.output.TableWriter;

/**
 * The table, Markdown, CSV and JSON writers on one document whose texts hold what a hostile file
 * may hold: separators, quotes, line breaks, a terminal escape sequence, Markdown and HTML.
 */
class FormatWritersTest {

    private static final String NASTY = "a|b, \"c\"\n<img src=x onerror=alert(1)> *bold* \u001b[2J\u202eevil";

    private static Document document() {
        Document document = new Document("test", "Title");
        document.field("portfolio", "Portfolio", "P");
        Section section = document.section(new Section("rows", "Rows", "None.", Column.integer("rank", "Rank"),
                Column.text("name", "Name"), Column.number("score", "Score", 1), Column.percent("share", "Share", 0),
                Column.bool("ok", "OK"), Column.text("kind", "Kind")));
        section.add(1, NASTY, 66.66666666666667, 0.875, true, new Label("quick-win", "Quick win"));
        section.add(12, "plain", Double.NaN, null, false, null);
        document.section(new Section("empty", "Empty", null, Column.text("name", "Name")));
        document.note("careful");
        return document;
    }

    @Test
    void theTableAlignsColumnsNumbersOnTheRightAndKeepsEveryRowOnOneLine() {
        String text = new TableWriter(Locale.ENGLISH).write(document());

        assertEquals("Title\n"
                + "Portfolio: P\n"
                + "\n"
                + "Rows\n"
                + "Rank  Name                                                   Score  Share  OK   Kind\n"
                + "----  -----------------------------------------------------  -----  -----  ---  ---------\n"
                + "   1  a|b, \"c\" <img src=x onerror=alert(1)> *bold*  [2Jevil   66.7    88%  yes  Quick win\n"
                + "  12  plain                                                      -      -  no\n"
                + "\n"
                + "Notes\n"
                + "- careful\n", text);
    }

    @Test
    void frenchNumbersUseACommaAndFrenchWords() {
        String text = new TableWriter(Locale.FRENCH).write(document());

        assertEquals(true, text.contains("66,7"), text);
        assertEquals(true, text.contains("oui"), text);
        assertEquals(true, text.contains("Remarques\n- careful\n"), text);
    }

    @Test
    void markdownEscapesWhatWouldBecomeMarkupOrBreakTheTable() {
        String text = new MarkdownWriter(Locale.ENGLISH).write(document());

        assertEquals("## Title\n"
                + "\n"
                + "- **Portfolio:** P\n"
                + "\n"
                + "### Rows\n"
                + "\n"
                + "| Rank | Name | Score | Share | OK | Kind |\n"
                + "| ---: | --- | ---: | ---: | --- | --- |\n"
                + "| 1 | a\\|b, \"c\" \\<img src=x onerror=alert(1)\\> \\*bold\\*  \\[2Jevil | 66.7 | 88% | yes | Quick win |\n"
                + "| 12 | plain | - | - | no |  |\n"
                + "\n"
                + "### Notes\n"
                + "\n"
                + "- careful\n"
                + "\n", text);
    }

    @Test
    void csvQuotesFieldsAndKeepsTheExactText() {
        String text = CsvWriter.write(document());

        List<Map<String, String>> rows = Csv.rows(text);
        assertEquals(List.of("section", "rank", "name", "score", "share", "ok", "kind"), List.copyOf(rows.get(0).keySet()));
        assertEquals(Map.of("section", "rows", "rank", "1", "name", NASTY, "score", "66.66666666666667", "share", "0.875",
                "ok", "true", "kind", "quick-win"), rows.get(0));
        assertEquals(Map.of("section", "rows", "rank", "12", "name", "plain", "score", "", "share", "", "ok", "false",
                "kind", ""), rows.get(1));
        assertEquals(2, rows.size());
    }

    @Test
    void jsonKeepsTheExactTextAndValues() {
        Map<String, Object> json = Json.object(DocumentJson.write(document()));

        assertEquals("test", json.get("command"));
        assertEquals("P", json.get("portfolio"));
        Map<String, Object> first = Json.rows(json, "rows").get(0);
        assertEquals(NASTY, first.get("name"));
        assertEquals(66.66666666666667, first.get("score"));
        assertEquals(0.875, first.get("share"));
        assertEquals(true, first.get("ok"));
        assertEquals("quick-win", first.get("kind"));
        Map<String, Object> second = Json.rows(json, "rows").get(1);
        assertEquals(null, second.get("score"));
        assertEquals(true, second.containsKey("score"));
        assertEquals(List.of(), json.get("empty"));
        assertEquals(List.of("careful"), json.get("notes"));
    }
}

// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.io.inventory.ImportPlan;
import dev.cartograph.io.inventory.ImportPlan.Action;
import dev.cartograph.io.inventory.InventoryException;
import dev.cartograph.io.inventory.InventoryImport;
import dev.cartograph.io.inventory.InventoryMapping;
import dev.cartograph.io.inventory.InventoryTable;
import dev.cartograph.io.inventory.MappingProposer;

/** Reading workbooks and CSV files, and the message each kind of bad file gets. */
@SuppressWarnings("nls")
class InventoryFilesTest {

    @TempDir
    Path folder;

    /** A workbook as a spreadsheet user makes one: a notes sheet first, typed cells, a formula, a date. */
    private Path workbook(String name) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("Exported from the AI register");
            Sheet sheet = workbook.createSheet("Inventory");
            CellStyle thousands = workbook.createCellStyle();
            thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            String[] headers = { "ID", "Title", "Strategic value", "Annual savings", "Build cost", "Review date" };
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(101);
            row.createCell(1).setCellValue("Invoice data capture");
            row.createCell(2).setCellValue(4);
            Cell savings = row.createCell(3);
            savings.setCellValue(120_000);
            savings.setCellStyle(thousands);
            row.createCell(4).setCellFormula("1000*45");
            Cell review = row.createCell(5);
            review.setCellValue(LocalDate.of(2026, 3, 31));
            review.setCellStyle(date);
            Row second = sheet.createRow(3);
            second.createCell(0).setCellValue(102);
            second.createCell(1).setCellValue("Claims triage");
            second.createCell(2).setCellValue(4.5);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        return file;
    }

    private static String message(Path file, String sheet) {
        return assertThrows(InventoryException.class, () -> InventoryTable.read(file, sheet)).getMessage();
    }

    @Test
    void readsTheChosenSheetOfAWorkbookWithTypedCellsFormulasAndDates() throws Exception {
        Path file = workbook("register.xlsx");
        InventoryTable table = InventoryTable.read(file, "Inventory");
        assertEquals("XLSX, sheet \"Inventory\"", table.description());
        assertEquals(List.of("ID", "Title", "Strategic value", "Annual savings", "Build cost", "Review date"),
                table.headers());
        assertEquals(List.of("101", "Invoice data capture", "4", "120000", "45000", "2026-03-31"),
                table.rows().get(0).cells(), "plain numbers whatever the format, the formula's result, an ISO date");
        assertEquals(4, table.rows().get(1).number(), "rows keep the sheet's numbers");
        assertEquals("4.5", table.rows().get(1).cell(2));

        InventoryMapping mapping = MappingProposer.propose(table.headers(), InventoryFixtures.CRITERIA, "register");
        var portfolio = InventoryFixtures.portfolio();
        ImportPlan plan = InventoryImport.plan(portfolio, table, mapping, InventoryFixtures.CRITERIA, Locale.ENGLISH);
        assertEquals(List.of(), plan.problems());
        assertEquals(2, plan.count(Action.CREATE));
        InventoryImport.apply(plan);
        assertEquals(45_000, portfolio.getUseCases().get(0).getBusinessCase().getOneOffCost());
        assertEquals("2026-03-31", portfolio.getUseCases().get(0).getProperties().get(0).getValue());

        assertEquals(file + " has no sheet \"Ideas\" (sheets: Notes, Inventory)", message(file, "Ideas"));
        assertEquals(List.of("Exported from the AI register"), InventoryTable.read(file, null).headers(),
                "the first sheet by default");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path good = workbook("good.xlsx");
        Path bomb = folder.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                }
                out.closeEntry();
            }
        }
        assertTrue(Files.size(bomb) < 1_000_000);
        assertEquals(bomb + " is refused: one of its parts inflates far more than any workbook does (a zip bomb)",
                message(bomb, "Inventory"));
    }

    @Test
    void aSheetWithAnEntityDeclarationIsRefused() throws Exception {
        Path good = workbook("good.xlsx");
        Path tricked = folder.resolve("entities.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tricked))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        String message = message(tricked, "Inventory");
        assertTrue(message.startsWith(tricked + " cannot be read as a workbook: "), message);
        assertTrue(message.contains("DOCTYPE"), message);
    }

    @Test
    void everyKindOfBadFileGetsAMessageNamingIt() throws Exception {
        Path empty = Files.writeString(folder.resolve("empty.csv"), "\n\n");
        assertEquals(empty + " is empty: there is no row to import", message(empty, null));

        Path noHeader = Files.writeString(folder.resolve("values.csv"), "1,4,5\n2,3,3\n");
        assertEquals(noHeader + ": row 1 holds numbers, not column names: the file has no header row",
                message(noHeader, null));

        Path zipNamedCsv = folder.resolve("inventory.csv");
        Files.copy(workbook("w.xlsx"), zipNamedCsv);
        assertEquals(zipNamedCsv + " is not a CSV file: it is a zip archive (an XLSX workbook named .csv?)",
                message(zipNamedCsv, null));

        Path csvNamedXlsx = Files.writeString(folder.resolve("inventory.xlsx"), "Ref,Name\n1,A\n");
        assertEquals(csvNamedXlsx + " is not an XLSX workbook (a CSV file or an old .xls named .xlsx?)",
                message(csvNamedXlsx, null));

        Path broken = Files.writeString(folder.resolve("broken.csv"), "Ref,Name\n1,\"never closed\n2,B\n");
        String text = message(broken, null);
        assertTrue(text.startsWith(broken + ": row 2: the CSV is broken: "), text);

        Path binary = folder.resolve("binary.csv");
        Files.write(binary, new byte[] { 'R', 'e', 'f', 0, 1, 2 });
        assertEquals(binary + " is not a text file: it holds binary data", message(binary, null));
    }

    @Test
    void readsUtf16AndTabsAndRejectsAnOversizedCell() throws Exception {
        String huge = "x".repeat(100_000);
        Path file = folder.resolve("utf16.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] { (byte) 0xff, (byte) 0xfe });
        bytes.write(("Ref\tUse case\tDescription\nA\tCafé à l'accueil\tShort\nB\tHuge\t" + huge + "\n")
                .getBytes(StandardCharsets.UTF_16LE));
        Files.write(file, bytes.toByteArray());
        InventoryTable table = InventoryTable.read(file, null);
        assertEquals("CSV, UTF-16LE, delimiter TAB", table.description());
        assertEquals("Café à l'accueil", table.rows().get(0).cell(1));
        ImportPlan plan = InventoryImport.plan(InventoryFixtures.portfolio(), table,
                MappingProposer.propose(table.headers(), InventoryFixtures.CRITERIA, "utf16"), InventoryFixtures.CRITERIA,
                Locale.ENGLISH);
        assertEquals(List.of("utf16.csv: row 3, column C (Description): the cell holds 100,000 characters, more than "
                + "the 32,767 a cell may hold"),
                plan.problems().stream().map(p -> p.describe("utf16.csv", Locale.ENGLISH)).toList());
        assertEquals(1, plan.count(Action.CREATE));
    }

    @Test
    void aBrokenMappingFileIsNamedWithItsLineAndColumn() throws Exception {
        String text = assertThrows(InventoryException.class, () -> InventoryMapping.parse("map.json",
                "{\n  \"source\": \"x\",\n  \"columns\": [ {\"header\": \"Ref\" \"field\": \"id\"} ]\n}")).getMessage();
        assertEquals("map.json:3:33: not a mapping file: '}' expected", text);
        assertEquals("map.json: unknown field \"budget\" for the column \"Ref\" (fields: id, name, description, scope, "
                + "status, aiPattern, sponsor, owner, rejectionReason, problem, proposedSolution, expectedBenefits, "
                + "oneOffCost, runningCostPerYear, annualRevenueGained, annualCostAvoided, timeToValueMonths, dataNeeded, "
                + "risks, complianceNotes, score, rationale, property, unit, workflow, step, journey, stage, initiative, "
                + "ignore)", assertThrows(InventoryException.class, () -> InventoryMapping.parse("map.json",
                        "{\"source\": \"x\", \"columns\": [{\"header\": \"Ref\", \"field\": \"budget\"}]}")).getMessage());
    }
}

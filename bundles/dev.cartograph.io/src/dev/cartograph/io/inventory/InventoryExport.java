// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;

/**
 * Writes a portfolio's use cases, with their scores, business-case figures, own properties and the scoring's
 * impact, feasibility, overall, quadrant and rank, as CSV (UTF-8 with a byte order mark, so that spreadsheets
 * read the accents), XLSX (typed cells, a bold frozen header row, a sheet of use cases and one of every score
 * with its assessor, written streaming) or JSON. Headers are those the default mapping reads back.
 */
public final class InventoryExport {

    /** The formats. */
    public enum Format {
        /** Comma-separated values. */
        CSV,
        /** An Office Open XML workbook. */
        XLSX,
        /** A JSON object with the portfolio's name and its use cases. */
        JSON;

        /**
         * @param name a format's name, any case
         * @return the format
         */
        public static Optional<Format> of(String name) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(name.strip())) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    static {
        PoiLogging.quiet();
    }

    private InventoryExport() {
    }

    /**
     * @param portfolio the portfolio
     * @param result its scoring, or {@code null} to leave the computed columns out
     * @param format the format
     * @param out where to write; not closed
     * @throws IOException if it cannot be written
     */
    public static void write(Portfolio portfolio, ScoringResult result, Format format, OutputStream out)
            throws IOException {
        UseCaseRows rows = UseCaseRows.of(portfolio, result);
        switch (format) {
        case CSV -> csv(rows, out);
        case XLSX -> xlsx(portfolio, rows, out);
        case JSON -> json(portfolio, rows, out);
        default -> throw new IllegalArgumentException(format.name());
        }
    }

    private static void csv(UseCaseRows rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get()); //$NON-NLS-1$
        printer.printRecord(rows.headers());
        List<String> cells = new ArrayList<>();
        for (Map<String, Object> row : rows.rows()) {
            cells.clear();
            for (String header : rows.headers()) {
                Object value = row.get(header);
                cells.add(value == null ? "" : value instanceof Double d ? plain(d) : value.toString()); //$NON-NLS-1$
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static void json(Portfolio portfolio, UseCaseRows rows, OutputStream out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("portfolio", portfolio.getName()); //$NON-NLS-1$
        List<Object> useCases = new ArrayList<>(rows.rows());
        root.put("useCases", useCases); //$NON-NLS-1$
        out.write(Json.write(root).getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("nls")
    private static void xlsx(Portfolio portfolio, UseCaseRows rows, OutputStream out) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet.class
                .getClassLoader());
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            SXSSFSheet useCases = workbook.createSheet("Use cases");
            header(useCases, rows.headers(), bold);
            int r = 1;
            for (Map<String, Object> values : rows.rows()) {
                Row row = useCases.createRow(r++);
                for (int c = 0; c < rows.headers().size(); c++) {
                    Object value = values.get(rows.headers().get(c));
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            SXSSFSheet scores = workbook.createSheet("Scores");
            header(scores, List.of("id", "name", "criterion", "assessor", "value", "confidence", "rationale"), bold);
            r = 1;
            for (UseCase useCase : portfolio.getUseCases()) {
                String id = useCase.getOrigin() != null && useCase.getOrigin().getId() != null
                        ? useCase.getOrigin().getId() : UseCaseRows.id(useCase);
                for (Score score : useCase.getScores()) {
                    Row row = scores.createRow(r++);
                    text(row, 0, id);
                    text(row, 1, useCase.getName());
                    text(row, 2, score.getCriterionId());
                    text(row, 3, score.getAssessor());
                    row.createCell(4).setCellValue(score.getValue());
                    text(row, 5, score.getConfidence() == null ? null : score.getConfidence().getLiteral());
                    text(row, 6, score.getRationale());
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
            thread.setContextClassLoader(previous);
        }
    }

    private static void header(SXSSFSheet sheet, List<String> headers, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            row.createCell(c).setCellValue(headers.get(c));
            row.getCell(c).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < Math.min(headers.size(), 3); c++) {
            sheet.setColumnWidth(c, 40 * 256);
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    /**
     * @param name a file name
     * @return the format its extension names
     */
    public static Optional<Format> forFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Format.of(lower.substring(dot + 1));
    }
}

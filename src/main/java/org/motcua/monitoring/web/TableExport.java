package org.motcua.monitoring.web;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.motcua.problem.ProblemException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Every dashboard table as JSON (the default), CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the
 * Vietnamese text) or XLSX. Text cells starting with {@code = + - @} are prefixed with an apostrophe in CSV, so a
 * spreadsheet never runs them as formulas.
 */
final class TableExport {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableExport() {
    }

    /** The JSON body, or the table as a file, by the {@code format} parameter. */
    static ResponseEntity<?> respond(String format, Object json, Supplier<Table> table) {
        if (format == null || format.isBlank() || format.equals("json")) {
            return ResponseEntity.ok(json);
        }
        if (format.equals("csv")) {
            Table t = table.get();
            return file(csv(t), new MediaType("text", "csv", StandardCharsets.UTF_8), t.name() + ".csv");
        }
        if (format.equals("xlsx")) {
            Table t = table.get();
            return file(xlsx(t), XLSX, t.name() + ".xlsx");
        }
        throw ProblemException.invalidParameter("format", "one of json, csv, xlsx");
    }

    static byte[] csv(Table t) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, t.columns().stream().map(c -> (Object) c).toList());
        for (var row : t.rows()) {
            line(b, row);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, java.util.List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell.toString();
            if (cell instanceof String && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                text = "\"" + text.replace("\"", "\"\"") + "\"";
            }
            b.append(text);
        }
        b.append("\r\n");
    }

    static byte[] xlsx(Table t) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t.name().length() > 31 ? t.name().substring(0, 31) : t.name());
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < t.columns().size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(t.columns().get(i));
                c.setCellStyle(bold);
            }
            for (int r = 0; r < t.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                var cells = t.rows().get(r);
                for (int i = 0; i < cells.size(); i++) {
                    Object v = cells.get(i);
                    Cell c = row.createCell(i);
                    if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean bool) {
                        c.setCellValue(bool);
                    } else if (v != null) {
                        c.setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name,
                        StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}

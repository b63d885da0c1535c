package org.motcua.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a register on A4 landscape pages: the Decree 30 heading (the unit on the left, the national name and the
 * underlined motto on the right) on the first page, the title and period, then the table with its heading row
 * repeated on every page and "Trang x/y" at the foot. Noto Serif (the bundled font with Vietnamese coverage) is
 * embedded as a subset.
 */
final class RegisterPdf {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 15 * MM;
    private static final float CELL_PAD = 2.5f;
    private static final float SIZE = 9f;
    private static final float LEADING = 11f;

    private static final float[] OUTGOING = {10, 8, 26, 12, 16, 10, 5, 8, 7, 10};
    private static final float[] INCOMING = {8, 6, 14, 11, 8, 25, 12, 8, 7, 9};
    private static final float[] TRACKING = {6, 8, 18, 22, 12, 9, 14, 11, 8};

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream out;
    private float y;

    private RegisterPdf(PDDocument document) throws IOException {
        this.document = document;
        this.regular = load(document, "fonts/NotoSerif-Regular.ttf");
        this.bold = load(document, "fonts/NotoSerif-Bold.ttf");
    }

    static byte[] render(Register register, RegisterTexts texts) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(register.title() + " – " + register.unitName());
            info.setCreator("Một Cửa");
            new RegisterPdf(document).draw(register, texts);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot print the register", e);
        }
    }

    private void draw(Register register, RegisterTexts texts) throws IOException {
        newPage();
        heading(register, texts);
        float[] widths = widths(register.kind());
        List<String> head = register.columns();
        drawRow(head, widths, bold);
        if (register.rows().isEmpty()) {
            ensure(LEADING + 2 * CELL_PAD, head, widths);
            text(texts.get("register.empty"), regular, SIZE, MARGIN + CELL_PAD, y - CELL_PAD - SIZE);
            y -= LEADING + 2 * CELL_PAD;
        }
        for (Register.Row row : register.rows()) {
            List<List<String>> lines = wrapped(row.cells(), widths, regular);
            ensure(height(lines), head, widths);
            drawLines(lines, widths, regular);
        }
        out.close();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = texts.get("register.page", i + 1, total);
                float w = width(label, regular, 8f);
                foot.beginText();
                foot.setFont(regular, 8f);
                foot.newLineAtOffset(PAGE.getWidth() - MARGIN - w, MARGIN / 2);
                foot.showText(printable(label, regular));
                foot.endText();
            }
        }
    }

    private void heading(Register register, RegisterTexts texts) throws IOException {
        float leftWidth = 95 * MM;
        float rightX = PAGE.getWidth() - MARGIN - 120 * MM;
        float rightWidth = 120 * MM;
        float top = y;
        float left = top;
        if (register.parentName() != null) {
            left = centered(register.parentName().toUpperCase(java.util.Locale.ROOT), regular, 11f, MARGIN, leftWidth, left);
        }
        String unit = register.unitName().toUpperCase(java.util.Locale.ROOT);
        left = centered(unit, bold, 11f, MARGIN, leftWidth, left);
        float rule = Math.min(width(unit, bold, 11f), leftWidth) * 0.4f;
        line(MARGIN + (leftWidth - rule) / 2, left - 2, MARGIN + (leftWidth + rule) / 2, left - 2);

        float right = centered(texts.get("register.nation"), bold, 11f, rightX, rightWidth, top);
        String motto = texts.get("register.motto");
        right = centered(motto, bold, 12f, rightX, rightWidth, right);
        float mw = width(motto, bold, 12f);
        line(rightX + (rightWidth - mw) / 2, right - 2, rightX + (rightWidth + mw) / 2, right - 2);

        y = Math.min(left, right) - 10 * MM;
        y = centered(register.title(), bold, 15f, MARGIN, PAGE.getWidth() - 2 * MARGIN, y);
        y = centered(register.period(), regular, 11f, MARGIN, PAGE.getWidth() - 2 * MARGIN, y - 2);
        y -= 6 * MM;
    }

    private float centered(String text, PDFont font, float size, float x, float width, float top) throws IOException {
        float bottom = top;
        for (String line : wrap(text, font, size, width)) {
            bottom -= size * 1.3f;
            text(line, font, size, x + (width - width(line, font, size)) / 2, bottom);
        }
        return bottom;
    }

    private void ensure(float height, List<String> head, float[] widths) throws IOException {
        if (y - height < MARGIN) {
            out.close();
            newPage();
            drawRow(head, widths, bold);
        }
    }

    private void drawRow(List<String> cells, float[] widths, PDFont font) throws IOException {
        drawLines(wrapped(cells, widths, font), widths, font);
    }

    private void drawLines(List<List<String>> lines, float[] widths, PDFont font) throws IOException {
        float h = height(lines);
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            out.addRect(x, y - h, widths[c], h);
            float baseline = y - CELL_PAD - SIZE;
            for (String line : lines.get(c)) {
                text(line, font, SIZE, x + CELL_PAD, baseline);
                baseline -= LEADING;
            }
            x += widths[c];
        }
        out.setLineWidth(0.5f);
        out.stroke();
        y -= h;
    }

    private List<List<String>> wrapped(List<String> cells, float[] widths, PDFont font) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
            lines.add(wrap(cell, font, SIZE, widths[c] - 2 * CELL_PAD));
        }
        return lines;
    }

    private static float height(List<List<String>> lines) {
        int max = lines.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, max) * LEADING + 2 * CELL_PAD;
    }

    private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text, font).split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
        out.setLineWidth(0.6f);
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    private static float[] widths(String kind) {
        float[] weights = switch (kind) {
            case "incoming" -> INCOMING;
            case "tracking" -> TRACKING;
            default -> OUTGOING;
        };
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = weights[i] / total * (PAGE.getWidth() - 2 * MARGIN);
        }
        return widths;
    }

    /** Composed Vietnamese (NFC); control characters as spaces; anything the font cannot show as '?'. */
    private static String printable(String text, PDFont font) {
        String composed = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        composed.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else {
                String s = new String(Character.toChars(cp));
                try {
                    font.encode(s);
                    out.append(s);
                } catch (IllegalArgumentException | IOException e) {
                    out.append('?');
                }
            }
        });
        return out.toString();
    }

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = RegisterPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the class path");
            }
            return PDType0Font.load(document, in, true);
        }
    }
}

package org.motcua.dossier.forms;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * An A4 document being written top to bottom, with the Decree 30/2020/NĐ-CP margins (top and bottom 20 mm, left
 * 30 mm, right 15 mm). Flowing text moves a cursor and continues on a new page when it reaches the bottom margin;
 * pages after the first get their number centred in the top margin.
 */
final class FormCanvas implements AutoCloseable {

    static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    static final float LEFT = 30 * MM;
    static final float RIGHT = PAGE.getWidth() - 15 * MM;
    static final float TOP = PAGE.getHeight() - 20 * MM;
    static final float BOTTOM = 20 * MM;

    private final PDDocument document = new PDDocument();
    private final FormFonts fonts = new FormFonts(document);
    private final LineBreaker breaker = new LineBreaker(fonts);
    private PageInk ink;
    private float y;
    private float rightInset;

    FormCanvas(String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Một Cửa");
        info.setProducer("Một Cửa");
        document.getDocumentCatalog().setLanguage("vi-VN");
        newPage();
    }

    /** Width of the text column between the margins. */
    static float width() {
        return RIGHT - LEFT;
    }

    /** Keeps flowing text clear of something drawn at the right edge (0 to use the full width again). */
    void insetRight(float inset) {
        rightInset = inset;
    }

    /** The cursor: the top of the next thing to be written. */
    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    /** Vertical space; never carried over to a new page. */
    void gap(float points) {
        y = Math.max(BOTTOM, y - points);
    }

    void newPage() {
        closeContent();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        ink = PageInk.on(document, page, fonts);
        y = TOP;
    }

    /** Starts a new page unless the given height still fits above the bottom margin. */
    void keep(float height) {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    List<Line> lines(float firstWidth, float restWidth, Run... runs) {
        return breaker.lines(Arrays.asList(runs), firstWidth, restWidth);
    }

    List<Line> lines(float width, Run... runs) {
        return lines(width, width, runs);
    }

    float textWidth(String text, Style style) {
        return fonts.width(fonts.printable(text, style.face()), style);
    }

    /** The largest size up to the style's own at which the text fits on one line of the given width. */
    Style fitting(String text, Style style, float width, float smallest) {
        float natural = textWidth(text, style);
        if (natural <= width) {
            return style;
        }
        return style.withSize(Math.max(smallest, (float) Math.floor(style.size() * width / natural * 10) / 10f));
    }

    /** The form's name: bold capitals, centred. */
    void title(String text) {
        gap(2 * MM);
        paragraph(Align.CENTER, Run.of(Texts.upper(text), Style.TITLE));
        gap(3 * MM);
    }

    /** "Label: value" with the value in bold; nothing at all when the value is absent. */
    void field(String label, String value) {
        if (Texts.present(value)) {
            paragraph(Align.LEFT, Run.of(label + ": ", Style.BODY), Run.of(value.strip(), Style.BODY_BOLD));
            gap(2);
        }
    }

    /** A plain paragraph in the body style followed by the usual space. */
    void text(String text) {
        paragraph(Align.LEFT, Run.of(text, Style.BODY));
        gap(4);
    }

    /** Flowing text across the full column, continuing on a new page when needed. */
    void paragraph(Align align, Run... runs) {
        paragraph(align, 0, 0, runs);
    }

    /** Flowing text with an indent for the first line and another for the following ones (a hanging indent). */
    void paragraph(Align align, float firstIndent, float restIndent, Run... runs) {
        float available = width() - rightInset;
        List<Line> lines = lines(available - firstIndent, available - restIndent, runs);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            float height = line.height();
            keep(height);
            float indent = i == 0 ? firstIndent : restIndent;
            draw(line, align, LEFT + indent, available - indent, y);
            y -= height;
        }
    }

    /**
     * Draws lines inside a box whose top is at {@code top}, without pagination or moving the cursor.
     *
     * @return the y below the last line
     */
    float block(List<Line> lines, Align align, float x, float boxWidth, float top) {
        float lineTop = top;
        for (Line line : lines) {
            draw(line, align, x, boxWidth, lineTop);
            lineTop -= line.height();
        }
        return lineTop;
    }

    /** Draws one line whose box top is at {@code top}. */
    void draw(Line line, Align align, float x, float boxWidth, float top) {
        float start = switch (align) {
            case LEFT -> x;
            case CENTER -> x + (boxWidth - line.width()) / 2;
            case RIGHT -> x + boxWidth - line.width();
        };
        ink.text(line, start, top - line.size());
    }

    void stroke(float x1, float y1, float x2, float y2, float lineWidth) {
        ink.stroke(x1, y1, x2, y2, lineWidth);
    }

    /** Adds a rectangle to the current path; {@link #fill()} paints all of them at once. */
    void rectangle(float x, float bottom, float w, float h) {
        ink.rectangle(x, bottom, w, h);
    }

    void fill() {
        ink.fill();
    }

    /** Numbers the pages after the first (Decree 30: centred in the top margin) and returns the PDF. */
    byte[] toPdf() {
        closeContent();
        int pages = document.getNumberOfPages();
        for (int i = 1; i < pages; i++) {
            numberPage(document.getPage(i), i + 1);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void numberPage(PDPage page, int number) {
        List<Line> text = lines(width(), Run.of(Integer.toString(number), Style.BODY));
        try (PageInk over = PageInk.over(document, page, fonts)) {
            Line line = text.get(0);
            over.text(line, LEFT + (width() - line.width()) / 2, PAGE.getHeight() - 12 * MM);
        }
    }

    private void closeContent() {
        if (ink != null) {
            ink.close();
            ink = null;
        }
    }

    @Override
    public void close() {
        try {
            closeContent();
        } finally {
            try {
                document.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

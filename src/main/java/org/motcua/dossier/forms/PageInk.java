package org.motcua.dossier.forms;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Drawing on one page: laid-out lines, rules and filled rectangles. Closing it finishes the page's content. */
final class PageInk implements AutoCloseable {

    private final PDPageContentStream content;
    private final FormFonts fonts;

    private PageInk(PDPageContentStream content, FormFonts fonts) {
        this.content = content;
        this.fonts = fonts;
    }

    /** Ink for a new, empty page. */
    static PageInk on(PDDocument document, PDPage page, FormFonts fonts) {
        return open(document, page, fonts, PDPageContentStream.AppendMode.OVERWRITE);
    }

    /** Ink that adds to what a finished page already shows. */
    static PageInk over(PDDocument document, PDPage page, FormFonts fonts) {
        return open(document, page, fonts, PDPageContentStream.AppendMode.APPEND);
    }

    private static PageInk open(PDDocument document, PDPage page, FormFonts fonts,
                                PDPageContentStream.AppendMode mode) {
        try {
            return new PageInk(new PDPageContentStream(document, page, mode, true, true), fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the line's runs one after another from ({@code x}, {@code baseline}). */
    void text(Line line, float x, float baseline) {
        float start = x;
        try {
            for (Run run : line.runs()) {
                if (run.text().isEmpty()) {
                    continue;
                }
                content.beginText();
                content.setFont(fonts.font(run.style().face()), run.style().size());
                content.newLineAtOffset(start, baseline);
                content.showText(run.text());
                content.endText();
                start += fonts.width(run.text(), run.style());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stroke(float x1, float y1, float x2, float y2, float lineWidth) {
        try {
            content.setLineWidth(lineWidth);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rectangle(float x, float bottom, float width, float height) {
        try {
            content.addRect(x, bottom, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fill() {
        try {
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

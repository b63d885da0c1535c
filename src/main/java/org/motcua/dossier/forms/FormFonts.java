package org.motcua.dossier.forms;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The fonts of one PDF document, loaded on first use as subset-embedded Type 0 fonts, with measuring and a guard
 * that replaces characters the font cannot show (so that odd input never breaks a form).
 */
final class FormFonts {

    private final PDDocument document;
    private final Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
    private final Map<Face, Map<Integer, Boolean>> coverage = new EnumMap<>(Face.class);

    FormFonts(PDDocument document) {
        this.document = document;
    }

    PDType0Font font(Face face) {
        return fonts.computeIfAbsent(face, this::load);
    }

    /** Width of the text in points. The text must have passed {@link #printable(String, Face)}. */
    float width(String text, Style style) {
        try {
            return font(style.face()).getStringWidth(text) / 1000f * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text in composed form (NFC: Vietnamese letters as single code points), tabs and other control characters
     * as spaces, line breaks as {@code \n}, and any character without a glyph as {@code ?}.
     */
    String printable(String text, Face face) {
        String composed = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT) {
                return;
            } else if (covered(cp, face)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean covered(int codePoint, Face face) {
        return coverage.computeIfAbsent(face, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                font(face).encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException missing) {
                return false;
            }
        });
    }

    private PDType0Font load(Face face) {
        try {
            return PDType0Font.load(document, new ByteArrayInputStream(FontFiles.of(face)), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load font " + face, e);
        }
    }
}

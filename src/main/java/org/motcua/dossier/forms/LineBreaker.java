package org.motcua.dossier.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines no wider than a given width, measuring with the embedded fonts. Breaks at spaces
 * and at {@code \n}; a word longer than a whole line is cut between characters. Nothing is ever dropped.
 */
final class LineBreaker {

    private final FormFonts fonts;

    LineBreaker(FormFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * @param firstWidth width available to the first line, in points
     * @param restWidth  width available to the following lines (smaller for a hanging indent)
     */
    List<Line> lines(List<Run> runs, float firstWidth, float restWidth) {
        Builder builder = new Builder(firstWidth, restWidth);
        for (Run run : runs) {
            String text = fonts.printable(run.text(), run.style().face());
            builder.style = run.style();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : 0;
                if (i == text.length() || c == ' ' || c == '\n') {
                    if (i > start) {
                        builder.word(text.substring(start, i));
                    }
                    if (c == ' ') {
                        builder.space();
                    } else if (c == '\n') {
                        builder.breakLine();
                    }
                    start = i + 1;
                }
            }
        }
        return builder.finish();
    }

    private final class Builder {

        private final float firstWidth;
        private final float restWidth;
        private final List<Line> lines = new ArrayList<>();
        private final List<Run> current = new ArrayList<>();
        private float width;
        private boolean pendingSpace;
        private Style style;

        Builder(float firstWidth, float restWidth) {
            this.firstWidth = firstWidth;
            this.restWidth = restWidth;
        }

        private float limit() {
            return lines.isEmpty() ? firstWidth : restWidth;
        }

        void space() {
            pendingSpace = true;
        }

        void word(String word) {
            float wordWidth = fonts.width(word, style);
            float spaceWidth = pendingSpace && width > 0 ? fonts.width(" ", style) : 0;
            if (width > 0 && width + spaceWidth + wordWidth > limit()) {
                breakLine();
                spaceWidth = 0;
            }
            if (spaceWidth > 0) {
                append(" ", spaceWidth);
            }
            pendingSpace = false;
            String rest = word;
            while (fonts.width(rest, style) > limit() - width) {
                int cut = longestPrefixThatFits(rest, limit() - width);
                if (cut == 0 && width > 0) {
                    breakLine();
                    continue;
                }
                cut = Math.max(cut, rest.offsetByCodePoints(0, 1));
                String head = rest.substring(0, cut);
                append(head, fonts.width(head, style));
                breakLine();
                rest = rest.substring(cut);
                if (rest.isEmpty()) {
                    return;
                }
            }
            append(rest, fonts.width(rest, style));
        }

        private int longestPrefixThatFits(String text, float available) {
            int fits = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                int next = text.offsetByCodePoints(i, 1);
                if (fonts.width(text.substring(0, next), style) > available) {
                    break;
                }
                fits = next;
            }
            return fits;
        }

        private void append(String text, float textWidth) {
            if (!current.isEmpty() && current.get(current.size() - 1).style().equals(style)) {
                Run last = current.remove(current.size() - 1);
                current.add(Run.of(last.text() + text, style));
            } else {
                current.add(Run.of(text, style));
            }
            width += textWidth;
        }

        void breakLine() {
            if (current.isEmpty()) {
                current.add(Run.of("", style));
            }
            lines.add(new Line(current, width));
            current.clear();
            width = 0;
            pendingSpace = false;
        }

        List<Line> finish() {
            if (!current.isEmpty() || lines.isEmpty()) {
                if (current.isEmpty()) {
                    current.add(Run.of("", style != null ? style : Style.BODY));
                }
                lines.add(new Line(current, width));
            }
            return lines;
        }
    }
}

package org.motcua.dossier.forms;

import java.util.ArrayList;
import java.util.List;

import static org.motcua.dossier.forms.FormCanvas.MM;

/**
 * A ruled table across the text column. Cells wrap; a row that does not fit moves to the next page, where the
 * header row is repeated (and a caption, if given, says what continues). A row taller than a whole page is split
 * between pages, so no text is ever lost.
 */
final class Table {

    private static final float PAD_X = 1.2f * MM;
    private static final float PAD_Y = 0.8f * MM;
    private static final float RULE = 0.5f;

    private final FormCanvas canvas;
    private final List<TableColumn> columns;
    private final float[] widths;
    private final Style body;
    private final Style head;
    private final String continuation;

    /**
     * @param continuation caption printed above the repeated header on following pages, or {@code null}
     */
    Table(FormCanvas canvas, List<TableColumn> columns, Style body, Style head, String continuation) {
        this.canvas = canvas;
        this.columns = List.copyOf(columns);
        this.body = body;
        this.head = head;
        this.continuation = continuation;
        float total = (float) columns.stream().mapToDouble(TableColumn::weight).sum();
        this.widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = FormCanvas.width() * columns.get(i).weight() / total;
        }
    }

    void draw(List<List<String>> rows) {
        List<List<Line>> header = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            header.add(cell(columns.get(i).header(), head, i));
        }
        float headerHeight = height(depth(header), head);
        float roomOnAFreshPage = FormCanvas.TOP - FormCanvas.BOTTOM - headerHeight - captionHeight();
        canvas.keep(headerHeight + (rows.isEmpty() ? 0 : height(1, body)));
        drawRow(header, 0, depth(header), true);
        for (List<String> row : rows) {
            List<List<Line>> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(cell(i < row.size() ? row.get(i) : "", body, i));
            }
            int total = depth(cells);
            boolean splitsAnyway = height(total, body) > roomOnAFreshPage;
            boolean freshPage = false;
            int done = 0;
            while (done < total) {
                int fit = (int) Math.floor((canvas.y() - FormCanvas.BOTTOM - 2 * PAD_Y) / body.leading());
                int remaining = total - done;
                if (!freshPage && fit < remaining && (fit < 1 || !splitsAnyway)) {
                    continueOnNextPage(header);
                    freshPage = true;
                    continue;
                }
                int take = Math.max(1, Math.min(fit, remaining));
                drawRow(cells, done, take, false);
                done += take;
                freshPage = false;
                if (done < total) {
                    continueOnNextPage(header);
                    freshPage = true;
                }
            }
        }
    }

    private void continueOnNextPage(List<List<Line>> header) {
        canvas.newPage();
        if (Texts.present(continuation)) {
            canvas.paragraph(Align.LEFT, Run.of(continuation, Style.HINT));
            canvas.gap(MM);
        }
        drawRow(header, 0, depth(header), true);
    }

    private float captionHeight() {
        return Texts.present(continuation) ? Style.HINT.leading() * 2 + MM : 0;
    }

    private List<Line> cell(String text, Style style, int column) {
        return canvas.lines(widths[column] - 2 * PAD_X, Run.of(Texts.orEmpty(text), style));
    }

    private static int depth(List<List<Line>> cells) {
        return Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
    }

    private static float height(int lines, Style style) {
        return lines * style.leading() + 2 * PAD_Y;
    }

    /** Draws lines {@code from} to {@code from + count} of every cell as one band of the table. */
    private void drawRow(List<List<Line>> cells, int from, int count, boolean isHeader) {
        Style style = isHeader ? head : body;
        float top = canvas.y();
        float bottom = top - height(count, style);
        float x = FormCanvas.LEFT;
        for (int i = 0; i < cells.size(); i++) {
            List<Line> lines = cells.get(i);
            int end = Math.min(lines.size(), from + count);
            if (from < end) {
                Align align = isHeader ? Align.CENTER : columns.get(i).align();
                canvas.block(lines.subList(from, end), align, x + PAD_X, widths[i] - 2 * PAD_X, top - PAD_Y);
            }
            canvas.stroke(x, top, x, bottom, RULE);
            x += widths[i];
        }
        canvas.stroke(x, top, x, bottom, RULE);
        canvas.stroke(FormCanvas.LEFT, top, x, top, RULE);
        canvas.stroke(FormCanvas.LEFT, bottom, x, bottom, RULE);
        canvas.moveTo(bottom);
    }
}

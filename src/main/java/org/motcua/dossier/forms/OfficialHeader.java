package org.motcua.dossier.forms;

import java.time.ZonedDateTime;
import java.util.List;

import static org.motcua.dossier.forms.FormCanvas.MM;

/**
 * The heading of Decree 30/2020/NĐ-CP: on the left the governing body, the issuing body in bold capitals with a
 * short rule beneath and the number (or code) line; on the right the national name, the motto underlined across its
 * full length, and the place-and-date line in italics.
 */
final class OfficialHeader {

    private static final float LEFT_WIDTH = 70 * MM;
    private static final float GAP = 3 * MM;
    private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private OfficialHeader() {
    }

    /**
     * @param codeLine "Số: …" or "Mã hồ sơ: …" under the body's name, or {@code null}
     * @param date     the date of the form
     */
    static void draw(FormCanvas canvas, PrintedUnit unit, String codeLine, ZonedDateTime date) {
        float top = canvas.y();
        float left = FormCanvas.LEFT;
        float right = left + LEFT_WIDTH + GAP;
        float rightWidth = FormCanvas.width() - LEFT_WIDTH - GAP;

        float leftBottom = top;
        if (Texts.present(unit.parentName())) {
            String parent = Texts.upper(unit.parentName());
            leftBottom = canvas.block(balanced(canvas, parent,
                    canvas.fitting(parent, Style.HEADING_REGULAR, LEFT_WIDTH, 10f)), Align.CENTER, left,
                    LEFT_WIDTH, leftBottom);
        }
        List<Line> name = balanced(canvas, Texts.upper(unit.name()), Style.HEADING);
        leftBottom = canvas.block(name, Align.CENTER, left, LEFT_WIDTH, leftBottom);
        float ruleWidth = name.stream().map(Line::width).max(Float::compare).orElse(0f) * 0.4f;
        float ruleY = leftBottom - 1;
        canvas.stroke(left + (LEFT_WIDTH - ruleWidth) / 2, ruleY, left + (LEFT_WIDTH + ruleWidth) / 2, ruleY, 0.6f);
        leftBottom = ruleY - 2 * MM;

        Style nationStyle = canvas.fitting(NATION, Style.HEADING, rightWidth, 8f);
        float rightBottom = canvas.block(canvas.lines(rightWidth, Run.of(NATION, nationStyle)), Align.CENTER, right,
                rightWidth, top);
        Style mottoStyle = canvas.fitting(MOTTO, new Style(Face.BOLD, 12.5f), rightWidth, 8f);
        List<Line> motto = canvas.lines(rightWidth, Run.of(MOTTO, mottoStyle));
        float mottoTop = rightBottom;
        rightBottom = canvas.block(motto, Align.CENTER, right, rightWidth, mottoTop);
        float underline = mottoTop - mottoStyle.size() - 2.5f;
        float mottoWidth = motto.get(0).width();
        canvas.stroke(right + (rightWidth - mottoWidth) / 2, underline, right + (rightWidth + mottoWidth) / 2,
                underline, 0.6f);
        rightBottom -= 2 * MM;

        float secondRow = Math.min(leftBottom, rightBottom);
        float bottom = secondRow;
        if (Texts.present(codeLine)) {
            Style codeStyle = canvas.fitting(codeLine, Style.HEADING_REGULAR, LEFT_WIDTH, 9.5f);
            bottom = Math.min(bottom, canvas.block(canvas.lines(LEFT_WIDTH, Run.of(codeLine, codeStyle)),
                    Align.CENTER, left, LEFT_WIDTH, secondRow));
        }
        String dateLine = VietnameseDates.placeAndDate(unit.place(), date);
        Style dateStyle = canvas.fitting(dateLine, new Style(Face.ITALIC, 12f), rightWidth, 10f);
        bottom = Math.min(bottom, canvas.block(canvas.lines(rightWidth, Run.of(dateLine, dateStyle)), Align.CENTER,
                right, rightWidth, secondRow));
        canvas.moveTo(bottom - 6 * MM);
    }

    /**
     * The text in the left column in as many lines as it needs, with the lines as even as possible ("ỦY BAN NHÂN
     * DÂN / PHƯỜNG SÀI GÒN" rather than "ỦY BAN NHÂN DÂN PHƯỜNG / SÀI GÒN").
     */
    private static List<Line> balanced(FormCanvas canvas, String text, Style style) {
        List<Line> lines = canvas.lines(LEFT_WIDTH, Run.of(text, style));
        if (lines.size() < 2) {
            return lines;
        }
        float narrow = LEFT_WIDTH / lines.size();
        float wide = LEFT_WIDTH;
        List<Line> best = lines;
        for (int i = 0; i < 12; i++) {
            float middle = (narrow + wide) / 2;
            List<Line> candidate = canvas.lines(middle, Run.of(text, style));
            if (candidate.size() <= lines.size()) {
                best = candidate;
                wide = middle;
            } else {
                narrow = middle;
            }
        }
        return best;
    }
}

package org.motcua.dossier.forms;

import java.util.ArrayList;
import java.util.List;

import static org.motcua.dossier.forms.FormCanvas.MM;

/**
 * The signature area at the end of a form: a single signer on the right half of the page, as Decree 30/2020/NĐ-CP
 * places the signer; two signers side by side (e.g. the applicant and the receiving official). Kept on one page.
 */
final class Signatures {

    private Signatures() {
    }

    static void draw(FormCanvas canvas, List<SignatureSlot> slots) {
        float half = FormCanvas.width() / 2;
        float columnWidth = half - 2 * MM;
        List<List<Line>> titles = new ArrayList<>();
        List<List<Line>> hints = new ArrayList<>();
        List<List<Line>> names = new ArrayList<>();
        float height = 0;
        for (SignatureSlot slot : slots) {
            List<Line> title = lines(canvas, columnWidth, Texts.upper(slot.title()), Style.BODY_BOLD);
            List<Line> hint = lines(canvas, columnWidth, slot.hint(), Style.HINT);
            List<Line> name = lines(canvas, columnWidth, slot.name(), Style.BODY_BOLD);
            titles.add(title);
            hints.add(hint);
            names.add(name);
            height = Math.max(height, heightOf(title) + heightOf(hint) + slot.room() + heightOf(name));
        }
        canvas.gap(4 * MM);
        canvas.keep(height);
        float top = canvas.y();
        float bottom = top;
        for (int i = 0; i < slots.size(); i++) {
            float x = FormCanvas.LEFT + (slots.size() == 1 || i == 1 ? half : 0) + MM;
            float y = canvas.block(titles.get(i), Align.CENTER, x, columnWidth, top);
            y = canvas.block(hints.get(i), Align.CENTER, x, columnWidth, y);
            y = canvas.block(names.get(i), Align.CENTER, x, columnWidth, y - slots.get(i).room());
            bottom = Math.min(bottom, y);
        }
        canvas.moveTo(bottom);
    }

    private static List<Line> lines(FormCanvas canvas, float width, String text, Style style) {
        return Texts.present(text) ? canvas.lines(width, Run.of(text.strip(), style)) : List.of();
    }

    private static float heightOf(List<Line> lines) {
        float height = 0;
        for (Line line : lines) {
            height += line.height();
        }
        return height;
    }
}

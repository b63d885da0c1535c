package org.motcua.dossier.forms;

import java.util.List;

import static org.motcua.dossier.forms.FormCanvas.MM;

/** Form 03: phiếu từ chối tiếp nhận giải quyết hồ sơ. */
final class RefusalForm {

    static final String TITLE = "Phiếu từ chối tiếp nhận giải quyết hồ sơ";

    private RefusalForm() {
    }

    static byte[] render(PrintedDossier dossier, RefusalNotice notice) {
        try (FormCanvas canvas = new FormCanvas(TITLE + " " + dossier.code())) {
            String unit = dossier.receivingUnit().name().strip();
            OfficialHeader.draw(canvas, dossier.receivingUnit(), "Mã hồ sơ: " + dossier.code(), notice.refusedAt());
            canvas.title(TITLE);
            canvas.text(unit + " tiếp nhận hồ sơ của:");
            DossierParagraphs.applicant(canvas, dossier.applicant());
            DossierParagraphs.procedure(canvas, dossier.procedure());
            canvas.gap(2);
            canvas.text("Qua xem xét, " + unit + " thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể"
                    + " như sau:");
            canvas.paragraph(Align.LEFT, 6 * MM, 6 * MM, Run.of(Texts.sentence(notice.reason()), Style.BODY_BOLD));
            canvas.gap(4);
            canvas.text("Xin thông báo để Ông/Bà được biết và thực hiện./.");
            Signatures.draw(canvas, List.of(SignatureSlot.byHand("Người tiếp nhận hồ sơ", notice.refusedBy())));
            return canvas.toPdf();
        }
    }
}

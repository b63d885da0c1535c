package org.motcua.dossier.forms;

import java.util.List;

import static org.motcua.dossier.forms.FormCanvas.MM;

/** Form 05: thông báo về việc dừng xử lý hồ sơ. */
final class StopNoticeForm {

    static final String TITLE = "Thông báo về việc dừng xử lý hồ sơ";

    private StopNoticeForm() {
    }

    static byte[] render(PrintedDossier dossier, StopNotice notice) {
        try (FormCanvas canvas = new FormCanvas(TITLE + " " + dossier.code())) {
            String unit = dossier.competentUnit().name().strip();
            OfficialHeader.draw(canvas, dossier.competentUnit(), "Mã hồ sơ: " + dossier.code(), notice.stoppedAt());
            canvas.gap(2 * MM);
            canvas.paragraph(Align.CENTER, Run.of("THÔNG BÁO", Style.TITLE));
            canvas.paragraph(Align.CENTER, Run.of("Về việc dừng xử lý hồ sơ", Style.BODY_BOLD));
            float rule = 30 * MM;
            float ruleY = canvas.y() - 3;
            canvas.stroke(FormCanvas.LEFT + (FormCanvas.width() - rule) / 2, ruleY,
                    FormCanvas.LEFT + (FormCanvas.width() + rule) / 2, ruleY, 0.6f);
            canvas.gap(5 * MM);
            canvas.paragraph(Align.CENTER, Run.of("Kính gửi: ", Style.BODY),
                    Run.of(DossierParagraphs.addressee(dossier.applicant()), Style.BODY_BOLD));
            canvas.gap(6);
            if (Texts.present(notice.legalBasis())) {
                canvas.paragraph(Align.LEFT, Run.of(notice.legalBasis().strip(), Style.BODY_ITALIC));
                canvas.gap(4);
            }
            canvas.text(Texts.capitalised(VietnameseDates.longDate(dossier.receivedAt())) + ", "
                    + dossier.receivingUnit().name().strip() + " tiếp nhận hồ sơ của Ông/Bà, mã hồ sơ "
                    + dossier.code() + ".");
            DossierParagraphs.procedure(canvas, dossier.procedure());
            canvas.text(unit + " thông báo dừng xử lý hồ sơ nêu trên kể từ "
                    + VietnameseDates.longDate(notice.stoppedAt()) + ".");
            canvas.field("Lý do", Texts.sentence(notice.reason()));
            canvas.gap(2);
            canvas.text("Trân trọng thông báo./.");
            Signatures.draw(canvas, List.of(SignatureSlot.sealed(notice.signatory())));
            return canvas.toPdf();
        }
    }
}

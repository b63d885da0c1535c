package org.motcua.dossier.forms;

import java.util.List;

import static org.motcua.dossier.forms.FormCanvas.MM;

/** Form 02: phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
final class SupplementRequestForm {

    static final String TITLE = "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ";

    private SupplementRequestForm() {
    }

    static byte[] render(PrintedDossier dossier, SupplementNotice notice) {
        try (FormCanvas canvas = new FormCanvas(TITLE + " " + dossier.code())) {
            String unit = dossier.receivingUnit().name().strip();
            OfficialHeader.draw(canvas, dossier.receivingUnit(), "Mã hồ sơ: " + dossier.code(),
                    notice.requestedAt());
            canvas.title(TITLE);
            if (Texts.present(notice.legalBasis())) {
                canvas.paragraph(Align.LEFT, Run.of(notice.legalBasis().strip(), Style.BODY_ITALIC));
                canvas.gap(4);
            }
            canvas.field("Hồ sơ của", DossierParagraphs.addressee(dossier.applicant()));
            DossierParagraphs.procedure(canvas, dossier.procedure());
            canvas.text(Texts.capitalised(VietnameseDates.longDate(dossier.receivedAt())) + ", "
                    + unit + " đã tiếp nhận hồ sơ, mã hồ sơ " + dossier.code() + ".");
            canvas.paragraph(Align.LEFT, Run.of(
                    "Sau khi xem xét, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:",
                    Style.BODY));
            canvas.gap(2);
            int number = 1;
            for (String item : notice.missingItems()) {
                canvas.paragraph(Align.LEFT, 6 * MM, 12 * MM, Run.of(number++ + ". " + Texts.orEmpty(item),
                        Style.BODY));
                canvas.gap(2);
            }
            canvas.gap(2);
            canvas.field("Lý do", notice.reason());
            String contact = Texts.present(notice.requestedBy())
                    ? notice.requestedBy().strip() + ", " + unit : unit;
            canvas.text("Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ " + contact
                    + " để được hướng dẫn. Thời gian chờ bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải"
                    + " quyết.");
            Signatures.draw(canvas, List.of(SignatureSlot.byHand("Người hướng dẫn", notice.requestedBy())));
            return canvas.toPdf();
        }
    }
}

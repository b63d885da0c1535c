package org.motcua.dossier.forms;

import java.time.ZonedDateTime;
import java.util.List;

/** Form 04: phiếu xin lỗi và hẹn lại ngày trả kết quả. */
final class ApologyForm {

    static final String TITLE = "Phiếu xin lỗi và hẹn lại ngày trả kết quả";

    private ApologyForm() {
    }

    static byte[] render(PrintedDossier dossier, ApologyLetter letter) {
        try (FormCanvas canvas = new FormCanvas(TITLE + " " + dossier.code())) {
            String unit = dossier.competentUnit().name().strip();
            OfficialHeader.draw(canvas, dossier.competentUnit(), "Mã hồ sơ: " + dossier.code(), letter.writtenAt());
            canvas.title(TITLE);
            canvas.paragraph(Align.CENTER, Run.of("Kính gửi: ", Style.BODY),
                    Run.of(DossierParagraphs.addressee(dossier.applicant()), Style.BODY_BOLD));
            canvas.gap(6);
            canvas.text(Texts.capitalised(VietnameseDates.longDate(dossier.receivedAt())) + ", "
                    + dossier.receivingUnit().name().strip() + " tiếp nhận hồ sơ của Ông/Bà, mã hồ sơ "
                    + dossier.code() + ".");
            DossierParagraphs.procedure(canvas, dossier.procedure());
            ZonedDateTime original = letter.originalAppointmentAt() != null
                    ? letter.originalAppointmentAt() : dossier.appointmentAt();
            if (original != null) {
                canvas.field("Thời hạn trả kết quả giải quyết hồ sơ", VietnameseDates.timeAndDate(original));
            }
            canvas.text("Tuy nhiên, đến nay " + unit + " chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng hạn ghi"
                    + " trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.");
            canvas.field("Lý do", Texts.sentence(letter.reason()));
            canvas.gap(2);
            canvas.paragraph(Align.LEFT,
                    Run.of("Sự chậm trễ này đã gây phiền hà cho Ông/Bà. " + unit + " xin lỗi Ông/Bà và hẹn trả kết"
                            + " quả giải quyết hồ sơ vào ", Style.BODY),
                    Run.of(VietnameseDates.timeAndDate(letter.newAppointmentAt()), Style.BODY_BOLD),
                    Run.of(".", Style.BODY));
            canvas.gap(4);
            canvas.text("Mong nhận được sự thông cảm của Ông/Bà./.");
            Signatures.draw(canvas, List.of(SignatureSlot.sealed(letter.signatory())));
            return canvas.toPdf();
        }
    }
}

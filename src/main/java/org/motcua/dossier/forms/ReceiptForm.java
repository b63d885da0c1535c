package org.motcua.dossier.forms;

import java.util.ArrayList;
import java.util.List;

import static org.motcua.dossier.forms.FormCanvas.MM;

/** Form 01: giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
final class ReceiptForm {

    static final String TITLE = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";
    private static final float QR_SIZE = 28 * MM;

    private ReceiptForm() {
    }

    static byte[] render(PrintedDossier dossier) {
        try (FormCanvas canvas = new FormCanvas(TITLE + " " + dossier.code())) {
            OfficialHeader.draw(canvas, dossier.receivingUnit(), "Mã hồ sơ: " + dossier.code(),
                    dossier.receivedAt());
            canvas.title(TITLE);
            canvas.paragraph(Align.CENTER, Run.of("Mã hồ sơ: ", Style.BODY), Run.of(dossier.code(), Style.BODY_BOLD));
            canvas.gap(3 * MM);

            canvas.text(dossier.receivingUnit().name() + " tiếp nhận hồ sơ của:");
            DossierParagraphs.applicant(canvas, dossier.applicant());
            DossierParagraphs.procedure(canvas, dossier.procedure());
            canvas.field("Hình thức nộp hồ sơ", dossier.channelLabel());

            int section = 1;
            canvas.gap(2);
            canvas.paragraph(Align.LEFT, Run.of(section++ + ". Thành phần hồ sơ nộp gồm:", Style.BODY));
            canvas.gap(2);
            components(canvas, dossier.components());
            canvas.gap(4);

            String url = Texts.present(dossier.statusUrl()) ? dossier.statusUrl().strip() : null;
            float qrBottom = url == null ? canvas.y() : qrCodeBeside(canvas, url);
            fees(canvas, section++ + ". Phí, lệ phí", dossier);
            if (dossier.procedure().workingDays() != null) {
                int days = dossier.procedure().workingDays();
                canvas.field(section++ + ". Thời hạn giải quyết theo quy định",
                        days == 0 ? "trong ngày làm việc" : days + " ngày làm việc");
            }
            canvas.field(section++ + ". Thời gian nhận hồ sơ", VietnameseDates.timeAndDate(dossier.receivedAt()));
            if (dossier.appointmentAt() != null) {
                canvas.field(section++ + ". Hẹn trả kết quả", VietnameseDates.timeAndDate(dossier.appointmentAt()));
            }
            canvas.field(section + ". Nơi nhận kết quả", dossier.resultPickup());
            canvas.insetRight(0);
            if (url != null) {
                canvas.moveTo(Math.min(canvas.y(), qrBottom));
                canvas.gap(2);
                canvas.paragraph(Align.LEFT, Run.of("Tra cứu tình trạng hồ sơ tại: ", Style.TABLE_BODY),
                        Run.of(url, Style.TABLE_BODY));
            }
            Signatures.draw(canvas, List.of(
                    SignatureSlot.byHand("Người nộp hồ sơ", dossier.applicant().fullName()),
                    SignatureSlot.byHand("Người tiếp nhận hồ sơ", dossier.receivedBy())));
            return canvas.toPdf();
        }
    }

    private static void components(FormCanvas canvas, List<ReceivedComponent> components) {
        if (components.isEmpty()) {
            canvas.paragraph(Align.LEFT, 6 * MM, 6 * MM, Run.of("(Không có giấy tờ kèm theo)", Style.BODY_ITALIC));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (ReceivedComponent component : components) {
            rows.add(List.of(Integer.toString(number++), component.name(), Texts.orEmpty(component.form()),
                    Integer.toString(component.copies())));
        }
        new Table(canvas, List.of(
                new TableColumn("TT", 8, Align.CENTER),
                new TableColumn("Tên giấy tờ", 92, Align.LEFT),
                new TableColumn("Hình thức (bản chính, bản sao)", 40, Align.CENTER),
                new TableColumn("Số lượng", 20, Align.CENTER)),
                Style.TABLE_BODY, Style.TABLE_BODY_HEAD, "Thành phần hồ sơ (tiếp theo)").draw(rows);
    }

    private static void fees(FormCanvas canvas, String heading, PrintedDossier dossier) {
        if (dossier.fees().isEmpty()) {
            canvas.field(heading, "Không thu");
            return;
        }
        canvas.paragraph(Align.LEFT, Run.of(heading + ":", Style.BODY));
        for (FeeLine fee : dossier.fees()) {
            canvas.paragraph(Align.LEFT, 6 * MM, 9 * MM, Run.of("- " + fee.label() + ": ", Style.BODY),
                    Run.of(Vnd.format(fee.amountVnd()), Style.BODY_BOLD));
        }
        if (dossier.fees().size() > 1) {
            canvas.paragraph(Align.LEFT, 6 * MM, 9 * MM, Run.of("Tổng cộng: ", Style.BODY),
                    Run.of(Vnd.format(dossier.totalFeesVnd()), Style.BODY_BOLD));
        }
        canvas.gap(2);
    }

    /**
     * Draws the QR code of the status page at the right edge, level with the sections that follow, and narrows the
     * text column so they flow beside it.
     *
     * @return the y below the code and its caption
     */
    private static float qrCodeBeside(FormCanvas canvas, String url) {
        canvas.keep(QR_SIZE + 8 * MM);
        float top = canvas.y();
        float x = FormCanvas.RIGHT - QR_SIZE;
        QrCode.draw(canvas, url, x, top, QR_SIZE);
        float bottom = canvas.block(canvas.lines(QR_SIZE + 6 * MM, Run.of("Mã tra cứu hồ sơ",
                Style.HINT.withSize(8.5f))), Align.CENTER, x - 3 * MM, QR_SIZE + 6 * MM, top - QR_SIZE - 1.5f * MM);
        canvas.insetRight(QR_SIZE + 6 * MM);
        return bottom;
    }
}

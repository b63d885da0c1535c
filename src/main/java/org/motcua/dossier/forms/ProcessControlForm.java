package org.motcua.dossier.forms;

import java.util.ArrayList;
import java.util.List;

/** Form 06: phiếu kiểm soát quá trình giải quyết hồ sơ, one table row per hand-over. */
final class ProcessControlForm {

    static final String TITLE = "Phiếu kiểm soát quá trình giải quyết hồ sơ";

    private static final List<TableColumn> COLUMNS = List.of(
            new TableColumn("TT", 7, Align.CENTER),
            new TableColumn("Bước xử lý", 24, Align.LEFT),
            new TableColumn("Bên giao", 23, Align.LEFT),
            new TableColumn("Bên nhận", 23, Align.LEFT),
            new TableColumn("Thời điểm giao nhận", 18.5f, Align.CENTER),
            new TableColumn("Hạn xử lý", 18.5f, Align.CENTER),
            new TableColumn("Hoàn thành", 18.5f, Align.CENTER),
            new TableColumn("Kết quả", 14, Align.CENTER),
            new TableColumn("Ghi chú", 18.5f, Align.LEFT));

    private ProcessControlForm() {
    }

    static byte[] render(PrintedDossier dossier, ProcessControlSlip slip) {
        try (FormCanvas canvas = new FormCanvas(TITLE + " " + dossier.code())) {
            OfficialHeader.draw(canvas, dossier.receivingUnit(), "Mã hồ sơ: " + dossier.code(),
                    dossier.receivedAt());
            canvas.title(TITLE);
            canvas.field("Kèm theo hồ sơ của", DossierParagraphs.addressee(dossier.applicant()));
            DossierParagraphs.procedure(canvas, dossier.procedure());
            canvas.field("Thời gian nhận hồ sơ", VietnameseDates.timeAndDate(dossier.receivedAt()));
            if (dossier.appointmentAt() != null) {
                canvas.field("Hẹn trả kết quả", VietnameseDates.timeAndDate(dossier.appointmentAt()));
            }
            canvas.field("Cơ quan (bộ phận) giải quyết hồ sơ", dossier.competentUnit().name());
            canvas.field("Cơ quan phối hợp giải quyết hồ sơ", slip.coordinatingUnits());
            canvas.gap(4);
            List<List<String>> rows = new ArrayList<>();
            int number = 1;
            for (Handover handover : slip.handovers()) {
                rows.add(List.of(Integer.toString(number++), handover.step(),
                        party(handover.fromPerson(), handover.fromUnit()),
                        party(handover.toPerson(), handover.toUnit()),
                        VietnameseDates.compact(handover.handedOverAt()),
                        VietnameseDates.compact(handover.dueAt()),
                        VietnameseDates.compact(handover.completedAt()),
                        Texts.orEmpty(handover.outcome()),
                        Texts.orEmpty(handover.note())));
            }
            new Table(canvas, COLUMNS, Style.TABLE, Style.TABLE_HEAD,
                    TITLE + " – mã hồ sơ " + dossier.code() + " (tiếp theo)").draw(rows);
            if (rows.isEmpty()) {
                canvas.gap(4);
                canvas.paragraph(Align.LEFT, Run.of("(Chưa có lần giao nhận hồ sơ nào)", Style.BODY_ITALIC));
            }
            return canvas.toPdf();
        }
    }

    /** A person and, on the next line, their unit in brackets. */
    private static String party(String person, String unit) {
        if (Texts.present(person) && Texts.present(unit)) {
            return person.strip() + "\n(" + unit.strip() + ")";
        }
        return Texts.present(person) ? person.strip() : Texts.orEmpty(unit);
    }
}

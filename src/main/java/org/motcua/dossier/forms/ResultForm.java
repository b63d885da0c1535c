package org.motcua.dossier.forms;

import java.util.List;

import static org.motcua.dossier.forms.FormCanvas.MM;

/**
 * The electronic result document (kết quả điện tử). It claims a digital signature only when the caller says it has
 * one; otherwise it says that the system produced it and it is not signed.
 */
final class ResultForm {

    static final String SIGNED = "(Đã ký điện tử)";
    static final String NOT_SIGNED = "Bản điện tử được tạo bởi hệ thống Một Cửa; chưa ký số";

    private ResultForm() {
    }

    static byte[] render(PrintedDossier dossier, ResultDocument result) {
        PrintedUnit issuer = result.issuingUnit() != null ? result.issuingUnit() : dossier.competentUnit();
        try (FormCanvas canvas = new FormCanvas(result.title() + " " + dossier.code())) {
            OfficialHeader.draw(canvas, issuer,
                    Texts.present(result.number()) ? "Số: " + result.number().strip() : null, result.issuedAt());
            canvas.title(result.title());
            canvas.paragraph(Align.CENTER, Run.of("(Kết quả giải quyết hồ sơ " + dossier.code() + " – "
                    + dossier.procedure().name().strip() + ")", Style.HINT));
            canvas.gap(5 * MM);
            for (ResultField field : result.fields()) {
                canvas.paragraph(Align.LEFT, 0, 6 * MM, Run.of(field.label().strip() + ": ", Style.BODY),
                        Run.of(field.value().strip(), Style.BODY_BOLD));
                canvas.gap(3);
            }
            Signatory signatory = result.signatory();
            Signatures.draw(canvas, List.of(new SignatureSlot(signatory == null ? null : signatory.title(),
                    result.digitallySigned() ? SIGNED : NOT_SIGNED, 4 * MM,
                    signatory == null ? null : signatory.name())));
            return canvas.toPdf();
        }
    }
}

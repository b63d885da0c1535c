package org.motcua.dossier.forms;

/** Paragraphs that several forms print the same way: the applicant's details and the procedure applied for. */
final class DossierParagraphs {

    private DossierParagraphs() {
    }

    static void applicant(FormCanvas canvas, PrintedApplicant applicant) {
        canvas.field("Ông/Bà", applicant.fullName());
        canvas.field("Số định danh cá nhân", applicant.idNumber());
        canvas.field("Địa chỉ", applicant.address());
        if (Texts.present(applicant.phone()) && Texts.present(applicant.email())) {
            canvas.paragraph(Align.LEFT,
                    Run.of("Số điện thoại: ", Style.BODY), Run.of(applicant.phone().strip(), Style.BODY_BOLD),
                    Run.of("; Email: ", Style.BODY), Run.of(applicant.email().strip(), Style.BODY_BOLD));
            canvas.gap(2);
        } else {
            canvas.field("Số điện thoại", applicant.phone());
            canvas.field("Email", applicant.email());
        }
    }

    static void procedure(FormCanvas canvas, PrintedProcedure procedure) {
        String code = Texts.present(procedure.code()) ? " (mã thủ tục: " + procedure.code().strip() + ")" : "";
        canvas.field("Nội dung yêu cầu giải quyết", procedure.name().strip() + code);
    }

    /** "Ông/Bà Nguyễn Thị Hằng". */
    static String addressee(PrintedApplicant applicant) {
        return "Ông/Bà " + applicant.fullName().strip();
    }
}

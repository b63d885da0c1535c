package org.motcua.dossier.forms;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.forms.DossierFormsFixtures.CODE;
import static org.motcua.dossier.forms.DossierFormsFixtures.RECEIVED_AT;
import static org.motcua.dossier.forms.DossierFormsFixtures.dossier;
import static org.motcua.dossier.forms.DossierFormsFixtures.handovers;

/** Form 06, phiếu kiểm soát quá trình giải quyết hồ sơ. */
class DossierFormsProcessControlTests {

    private final DossierForms forms = new DossierForms();

    @Test
    void slipShowsEachHandoverWithItsPartiesTimesAndOutcome() {
        RenderedPdf pdf = new RenderedPdf(forms.processControlSlip(dossier(),
                new ProcessControlSlip(handovers(2), "Công an phường Sài Gòn")));

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.flowingText())
                .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")
                .contains("Mã hồ sơ: " + CODE)
                .contains("Kèm theo hồ sơ của: Ông/Bà Nguyễn Thị Hằng")
                .contains("Cơ quan phối hợp giải quyết hồ sơ: Công an phường Sài Gòn")
                .contains("Bước xử lý").contains("Bên giao").contains("Bên nhận").contains("Hạn xử lý")
                .contains("Bước 1: thẩm định hồ sơ")
                .contains("Trần Văn Bình (Bộ phận Một cửa)")
                .contains("Lê Thị Mai (Công chức Tư pháp - Hộ tịch)")
                .contains("08:30 15/01/2026")
                .contains("12:30 15/01/2026")
                .contains("11:30 15/01/2026")
                .contains("Đúng hạn");
    }

    @Test
    void slipWithSixtyHandoversContinuesOnNewPagesWithTheHeaderRepeatedAndKeepsEveryRow() {
        RenderedPdf pdf = new RenderedPdf(forms.processControlSlip(dossier(),
                new ProcessControlSlip(handovers(60), null)));

        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
        String text = pdf.flowingText();
        for (int step = 1; step <= 60; step++) {
            assertThat(text).contains("Bước " + step + ": thẩm định hồ sơ");
        }
        assertThat(text).contains("Quá hạn").contains("Chờ xác minh");
        for (int page = 2; page <= pdf.pages(); page++) {
            assertThat(pdf.text(page)).as("page " + page)
                    .contains("(tiếp theo)").contains("Bước xử lý").contains("Hạn xử lý");
            assertThat(pdf.textByPosition(page)).as("number at the top of page " + page)
                    .startsWith(page + System.lineSeparator());
        }
    }

    @Test
    void aNoteTallerThanAPageIsSplitAcrossPagesWithoutLosingAWord() {
        String note = "Biên bản xác minh số " + "12/BB-UBND ghi nhận nội dung đối chiếu hồ sơ gốc; ".repeat(40)
                + "hết biên bản";
        List<Handover> rows = new ArrayList<>(handovers(3));
        rows.add(new Handover("Xác minh", "Lê Thị Mai", null, null, "Công an phường Sài Gòn", RECEIVED_AT, null,
                null, "Quá hạn", note));
        rows.add(new Handover("Phê duyệt kết quả", null, null, null, null, null, null, null, null, null));

        RenderedPdf pdf = new RenderedPdf(forms.processControlSlip(dossier(), new ProcessControlSlip(rows, null)));

        assertThat(pdf.pages()).isGreaterThanOrEqualTo(3);
        // read the pages back without their page numbers and repeated captions and header rows
        StringBuilder content = new StringBuilder();
        for (int page = 1; page <= pdf.pages(); page++) {
            String text = pdf.text(page).replaceAll("\\s+", "");
            if (page > 1) {
                assertThat(text).endsWith(Integer.toString(page));
                text = text.substring(text.indexOf("Ghichú") + "Ghichú".length(),
                        text.length() - Integer.toString(page).length());
            }
            content.append(text);
        }
        assertThat(content.toString()).contains(note.replace(" ", "") + "5Phêduyệtkếtquả");
    }

    @Test
    void slipWithoutHandoversSaysSo() {
        String text = new RenderedPdf(forms.processControlSlip(dossier(), new ProcessControlSlip(null, null)))
                .text();

        assertThat(text).contains("Bước xử lý").contains("(Chưa có lần giao nhận hồ sơ nào)");
    }
}

package org.motcua.dossier.forms;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.forms.DossierFormsFixtures.CODE;
import static org.motcua.dossier.forms.DossierFormsFixtures.HO_CHI_MINH;
import static org.motcua.dossier.forms.DossierFormsFixtures.WARD;
import static org.motcua.dossier.forms.DossierFormsFixtures.dossier;
import static org.motcua.dossier.forms.DossierFormsFixtures.dossierDecidedByTheCity;

/** The electronic result document and the flattening of form data into its fields. */
class DossierFormsResultTests {

    private static final ZonedDateTime ISSUED_AT = ZonedDateTime.of(2026, 1, 19, 10, 0, 0, 0, HO_CHI_MINH);

    private final DossierForms forms = new DossierForms();

    private static ResultDocument birthExtract(boolean signed) {
        return new ResultDocument("Trích lục khai sinh", "125/TLKS-BS", null, List.of(
                new ResultField("Họ, chữ đệm, tên", "Trần Minh Khang"),
                new ResultField("Ngày, tháng, năm sinh", "10/01/2026"),
                new ResultField("Nơi sinh", "Bệnh viện Từ Dũ, Phường Cầu Ông Lãnh, Thành phố Hồ Chí Minh"),
                new ResultField("Họ, chữ đệm, tên người mẹ", "Nguyễn Thị Hằng")),
                ISSUED_AT, new Signatory("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Văn Lâm"), signed);
    }

    @Test
    void unsignedResultSaysTheSystemMadeItAndNobodySignedIt() {
        String text = new RenderedPdf(forms.result(dossier(), birthExtract(false))).flowingText();

        assertThat(text)
                .contains("TRÍCH LỤC KHAI SINH")
                .contains("Số: 125/TLKS-BS")
                .contains("ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN")
                .contains("Thành phố Hồ Chí Minh, ngày 19 tháng 01 năm 2026")
                .contains(CODE)
                .contains("Họ, chữ đệm, tên: Trần Minh Khang")
                .contains("Ngày, tháng, năm sinh: 10/01/2026")
                .contains("Nơi sinh: Bệnh viện Từ Dũ, Phường Cầu Ông Lãnh, Thành phố Hồ Chí Minh")
                .contains("Họ, chữ đệm, tên người mẹ: Nguyễn Thị Hằng")
                .contains("Bản điện tử được tạo bởi hệ thống Một Cửa; chưa ký số")
                .contains("KT. CHỦ TỊCH PHÓ CHỦ TỊCH")
                .doesNotContain("Đã ký điện tử");
    }

    @Test
    void digitallySignedResultSaysSignedElectronically() {
        String text = new RenderedPdf(forms.result(dossier(), birthExtract(true))).flowingText();

        assertThat(text).contains("(Đã ký điện tử)").contains("Đặng Văn Lâm").doesNotContain("chưa ký số");
    }

    @Test
    void resultIsIssuedByTheCompetentUnitUnlessItNamesItsOwn() {
        String byDepartment = new RenderedPdf(forms.result(dossierDecidedByTheCity(), birthExtract(false))).text();
        ResultDocument ownIssuer = new ResultDocument("Trích lục khai sinh", null, WARD, List.of(), ISSUED_AT,
                null, false);
        String byWard = new RenderedPdf(forms.result(dossierDecidedByTheCity(), ownIssuer)).flowingText();

        assertThat(byDepartment).contains("SỞ TƯ PHÁP");
        assertThat(byWard).contains("ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN").doesNotContain("SỞ TƯ PHÁP")
                .doesNotContain("Số:");
    }

    @Test
    void resultWithManyFieldsContinuesOnANewPage() {
        List<ResultField> fields = new java.util.ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            fields.add(new ResultField("Mục " + i, "Giá trị số " + i));
        }
        ResultDocument long_ = new ResultDocument("Giấy chứng nhận", "01/GCN", null, fields, ISSUED_AT, null, false);

        RenderedPdf pdf = new RenderedPdf(forms.result(dossier(), long_));

        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
        assertThat(pdf.text()).contains("Mục 80: Giá trị số 80").contains("Bản điện tử được tạo bởi hệ thống");
    }

    @Test
    void nestedFormDataIsFlattenedWithReadableLabels() {
        Map<String, Object> mother = new LinkedHashMap<>();
        mother.put("fullName", "Nguyễn Thị Hằng");
        mother.put("idNumber", "079190012345");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("childName", "Trần Minh Khang");
        data.put("birthDate", "2026-01-10");
        data.put("sex", "Nam");
        data.put("mother", mother);
        data.put("witnesses", List.of(Map.of("name", "Lê Văn An"), Map.of("name", "Phạm Thị Bích")));
        data.put("languages", List.of("Tiếng Việt", "Tiếng Anh"));
        data.put("twin", false);
        data.put("registeredOn", LocalDate.of(2026, 1, 19));
        data.put("note", null);
        data.put("remark", "  ");
        Map<String, String> labels = Map.of(
                "childName", "Họ, chữ đệm và tên của trẻ",
                "birthDate", "Ngày, tháng, năm sinh",
                "mother", "Mẹ",
                "mother.fullName", "Họ, chữ đệm, tên",
                "idNumber", "Số định danh cá nhân",
                "witnesses", "Người làm chứng",
                "witnesses.name", "Họ tên");

        List<ResultField> fields = ResultFields.flatten(data, labels);

        assertThat(fields).containsExactly(
                new ResultField("Họ, chữ đệm và tên của trẻ", "Trần Minh Khang"),
                new ResultField("Ngày, tháng, năm sinh", "10/01/2026"),
                new ResultField("Sex", "Nam"),
                new ResultField("Mẹ – Họ, chữ đệm, tên", "Nguyễn Thị Hằng"),
                new ResultField("Mẹ – Số định danh cá nhân", "079190012345"),
                new ResultField("Người làm chứng 1 – Họ tên", "Lê Văn An"),
                new ResultField("Người làm chứng 2 – Họ tên", "Phạm Thị Bích"),
                new ResultField("Languages", "Tiếng Việt; Tiếng Anh"),
                new ResultField("Twin", "Không"),
                new ResultField("Registered on", "19/01/2026"));
    }

    @Test
    void flattenedFieldsPrintOnTheResult() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("childName", "Trần Minh Khang");
        data.put("mother", Map.of("fullName", "Nguyễn Thị Hằng"));
        List<ResultField> fields = ResultFields.flatten(data, Map.of("childName", "Họ, chữ đệm và tên của trẻ",
                "mother", "Mẹ", "fullName", "Họ, chữ đệm, tên"));
        ResultDocument result = new ResultDocument("Trích lục khai sinh", "125/TLKS-BS", null, fields, ISSUED_AT,
                null, false);

        assertThat(new RenderedPdf(forms.result(dossier(), result)).flowingText())
                .contains("Họ, chữ đệm và tên của trẻ: Trần Minh Khang")
                .contains("Mẹ – Họ, chữ đệm, tên: Nguyễn Thị Hằng");
    }
}

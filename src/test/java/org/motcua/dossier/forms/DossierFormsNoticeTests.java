package org.motcua.dossier.forms;

import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.dossier.forms.DossierFormsFixtures.CODE;
import static org.motcua.dossier.forms.DossierFormsFixtures.HO_CHI_MINH;
import static org.motcua.dossier.forms.DossierFormsFixtures.apology;
import static org.motcua.dossier.forms.DossierFormsFixtures.dossier;
import static org.motcua.dossier.forms.DossierFormsFixtures.dossierDecidedByTheCity;
import static org.motcua.dossier.forms.DossierFormsFixtures.refusal;
import static org.motcua.dossier.forms.DossierFormsFixtures.sparseDossier;
import static org.motcua.dossier.forms.DossierFormsFixtures.stop;
import static org.motcua.dossier.forms.DossierFormsFixtures.supplement;

/** Forms 02 to 05: supplement request, refusal, apology with a new date, stopped processing. */
class DossierFormsNoticeTests {

    private final DossierForms forms = new DossierForms();

    @Test
    void supplementRequestListsWhatIsMissingWithTheReasonAndTheLegalBasis() {
        String text = new RenderedPdf(forms.supplementRequest(dossier(), supplement())).flowingText();

        assertThat(text)
                .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
                .contains("Mã hồ sơ: " + CODE)
                .contains("Thành phố Hồ Chí Minh, ngày 16 tháng 01 năm 2026")
                .contains("Căn cứ Nghị định số 118/2025/NĐ-CP")
                .contains("Hồ sơ của: Ông/Bà Nguyễn Thị Hằng")
                .contains("Ngày 15 tháng 01 năm 2026, Ủy ban nhân dân phường Sài Gòn đã tiếp nhận hồ sơ")
                .contains("1. Bản sao Giấy chứng nhận kết hôn của cha, mẹ")
                .contains("2. Giấy chứng sinh có xác nhận của cơ sở y tế nơi trẻ sinh ra")
                .contains("Lý do: Giấy chứng sinh đã nộp thiếu dấu của cơ sở y tế")
                .contains("NGƯỜI HƯỚNG DẪN")
                .contains("Lê Thị Mai");
    }

    @Test
    void supplementRequestWithoutLegalBasisOrOfficialStillPrints() {
        SupplementNotice bare = new SupplementNotice(List.of("Giấy chứng sinh"), null, null,
                ZonedDateTime.of(2026, 1, 16, 9, 15, 0, 0, HO_CHI_MINH), null);

        String text = new RenderedPdf(forms.supplementRequest(sparseDossier(), bare)).flowingText();

        assertThat(text).contains("1. Giấy chứng sinh").doesNotContain("Căn cứ").doesNotContain("Lý do")
                .doesNotContain("null");
    }

    @Test
    void supplementRequestNamingNothingIsRejected() {
        assertThatThrownBy(() -> new SupplementNotice(List.of(), null, null, ZonedDateTime.now(HO_CHI_MINH), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusalStatesTheSpecificReason() {
        String text = new RenderedPdf(forms.refusal(dossier(), refusal())).flowingText();

        assertThat(text)
                .contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ")
                .contains("Mã hồ sơ: " + CODE)
                .contains("Ông/Bà: Nguyễn Thị Hằng")
                .contains("thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:")
                .contains("Thủ tục đăng ký khai sinh cho trẻ đã có giấy khai sinh không thuộc trường hợp được đăng"
                        + " ký lại.")
                .contains("NGƯỜI TIẾP NHẬN HỒ SƠ")
                .contains("Trần Văn Bình");
    }

    @Test
    void apologyGivesTheReasonTheMissedAppointmentAndTheNewOne() {
        String text = new RenderedPdf(forms.apology(dossierDecidedByTheCity(), apology())).flowingText();

        assertThat(text)
                .contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
                .contains("SỞ TƯ PHÁP")
                .contains("Thành phố Hồ Chí Minh, ngày 20 tháng 01 năm 2026")
                .contains("Kính gửi: Ông/Bà Nguyễn Thị Hằng")
                .contains("Thời hạn trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 20/01/2026")
                .contains("Lý do: Cần xác minh thông tin nơi sinh với Ủy ban nhân dân xã Cần Giờ.")
                .contains("Sở Tư pháp xin lỗi Ông/Bà và hẹn trả kết quả giải quyết hồ sơ vào 10 giờ 00 phút,"
                        + " ngày 27/01/2026")
                .contains("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC")
                .contains("Phạm Quốc Hùng");
    }

    @Test
    void apologyNamesTheOriginalAppointmentWhenItDiffersFromTheDossiers() {
        ApologyLetter secondDelay = new ApologyLetter("Chờ kết quả xác minh", apology().newAppointmentAt(),
                ZonedDateTime.of(2026, 2, 3, 10, 0, 0, 0, HO_CHI_MINH), apology().writtenAt(), null);

        String text = new RenderedPdf(forms.apology(dossier(), secondDelay)).flowingText();

        assertThat(text).contains("Thời hạn trả kết quả giải quyết hồ sơ: 10 giờ 00 phút, ngày 27/01/2026")
                .contains("10 giờ 00 phút, ngày 03/02/2026").doesNotContain("null");
    }

    @Test
    void stopNoticeStatesTheReasonAndTheDateProcessingStopped() {
        String text = new RenderedPdf(forms.stopNotice(dossierDecidedByTheCity(), stop())).flowingText();

        assertThat(text)
                .contains("THÔNG BÁO Về việc dừng xử lý hồ sơ")
                .contains("Thành phố Hồ Chí Minh, ngày 03 tháng 02 năm 2026")
                .contains("Sở Tư pháp thông báo dừng xử lý hồ sơ nêu trên kể từ ngày 03 tháng 02 năm 2026.")
                .contains("Lý do: Người nộp hồ sơ đề nghị rút hồ sơ để bổ sung giấy tờ chứng minh nơi cư trú.")
                .contains("Mã hồ sơ: " + CODE)
                .contains("Võ Thị Thu");
    }

    @Test
    void everyNoticeIsASinglePageA4WithItsFontsEmbedded() {
        Map<String, byte[]> notices = Map.of(
                "02", forms.supplementRequest(dossier(), supplement()),
                "03", forms.refusal(dossier(), refusal()),
                "04", forms.apology(dossier(), apology()),
                "05", forms.stopNotice(dossier(), stop()));

        notices.forEach((form, bytes) -> {
            RenderedPdf pdf = new RenderedPdf(bytes);
            assertThat(pdf.pages()).as("pages of form " + form).isEqualTo(1);
            assertThat(pdf.pageWidth()).as("width of form " + form).isBetween(595f, 596f);
            assertThat(pdf.fonts()).as("fonts of form " + form).isNotEmpty()
                    .allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
            assertThat(pdf.text()).as("heading of form " + form)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc");
        });
    }

    @Test
    void aLongReasonWrapsOverLinesAndKeepsItsLastWord() {
        String reason = "Hồ sơ chưa đủ điều kiện tiếp nhận vì " + "giấy tờ kèm theo chưa được chứng thực, ".repeat(12)
                + "đề nghị nộp lại tại Bộ phận Một cửa phường Sài Gòn sau khi hoàn thiện đầy đủ";
        RefusalNotice longRefusal = new RefusalNotice(reason, null, refusal().refusedAt());

        RenderedPdf pdf = new RenderedPdf(forms.refusal(dossier(), longRefusal));

        assertThat(pdf.text()).contains("hoàn thiện đầy đủ.");
        assertThat(pdf.flowingText()).contains(reason + ".");
    }
}

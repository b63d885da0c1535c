package org.motcua.dossier.forms;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.dossier.forms.DossierFormsFixtures.APPLICANT;
import static org.motcua.dossier.forms.DossierFormsFixtures.CODE;
import static org.motcua.dossier.forms.DossierFormsFixtures.HO_CHI_MINH;
import static org.motcua.dossier.forms.DossierFormsFixtures.STATUS_URL;
import static org.motcua.dossier.forms.DossierFormsFixtures.WARD;
import static org.motcua.dossier.forms.DossierFormsFixtures.dossier;
import static org.motcua.dossier.forms.DossierFormsFixtures.sparseDossier;

/** Form 01, giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
class DossierFormsReceiptTests {

    private final DossierForms forms = new DossierForms();

    @Test
    void receiptShowsCodeAppointmentAndQrToTheStatusPage() throws Exception {
        // given a received dossier with a public status page
        // when its receipt is printed
        RenderedPdf pdf = new RenderedPdf(forms.receipt(dossier()));

        // then the code, the times and a QR code of the status page are on the first page
        assertThat(pdf.text(1))
                .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                .contains("Mã hồ sơ: " + CODE)
                .contains("Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 15/01/2026")
                .contains("Hẹn trả kết quả: 16 giờ 00 phút, ngày 20/01/2026")
                .contains("Thời hạn giải quyết theo quy định: 3 ngày làm việc")
                .contains("Nơi nhận kết quả: Bộ phận Một cửa phường Sài Gòn");
        assertThat(pdf.qrCode(0, 200)).isEqualTo(STATUS_URL);
    }

    @Test
    void receiptQrCodeStillReadsAtThreeHundredDpi() throws Exception {
        assertThat(new RenderedPdf(forms.receipt(dossier())).qrCode(0, 300)).isEqualTo(STATUS_URL);
    }

    @Test
    void receiptCarriesTheDecree30HeadingWithVietnameseDiacritics() {
        String text = new RenderedPdf(forms.receipt(dossier())).flowingText();

        assertThat(text)
                .contains("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Thành phố Hồ Chí Minh, ngày 15 tháng 01 năm 2026")
                .contains("Nguyễn Thị Hằng")
                .contains("12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh")
                .contains("Thủ tục đăng ký khai sinh (mã thủ tục: 1.001193.000.00.00.H29)")
                .contains("NGƯỜI TIẾP NHẬN HỒ SƠ")
                .contains("Trần Văn Bình");
    }

    @Test
    void receiptDatesTheHeadingWithALeadingZeroOnlyForDaysUnderTenAndMonthsOneAndTwo() {
        ZonedDateTime march = ZonedDateTime.of(2026, 3, 5, 14, 5, 0, 0, HO_CHI_MINH);
        PrintedDossier d = dossier();
        PrintedDossier inMarch = new PrintedDossier(d.code(), d.procedure(), d.receivingUnit(), null,
                d.applicant(), d.channelLabel(), march, march.plusDays(3), d.components(), d.fees(),
                d.receivedBy(), d.resultPickup(), d.statusUrl());

        String text = new RenderedPdf(forms.receipt(inMarch)).text();

        assertThat(text).contains("Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2026")
                .contains("14 giờ 05 phút, ngày 05/03/2026");
    }

    @Test
    void receiptPrintsTimesInHoChiMinhCityWhateverZoneTheyCameIn() {
        PrintedDossier d = dossier();
        PrintedDossier inUtc = new PrintedDossier(d.code(), d.procedure(), d.receivingUnit(), null, d.applicant(),
                d.channelLabel(), d.receivedAt().withZoneSameInstant(ZoneOffset.UTC),
                d.appointmentAt().withZoneSameInstant(ZoneOffset.UTC), d.components(), d.fees(), d.receivedBy(),
                d.resultPickup(), d.statusUrl());

        assertThat(new RenderedPdf(forms.receipt(inUtc)).text())
                .contains("08 giờ 30 phút, ngày 15/01/2026")
                .contains("16 giờ 00 phút, ngày 20/01/2026");
    }

    @Test
    void receiptListsTheComponentsAndTheFeesInDong() {
        String text = new RenderedPdf(forms.receipt(dossier())).text();

        assertThat(text)
                .contains("Thành phần hồ sơ nộp gồm")
                .contains("Tờ khai đăng ký khai sinh")
                .contains("Giấy chứng sinh")
                .contains("Bản sao")
                .contains("Lệ phí đăng ký khai sinh: 0 đ")
                .contains("Phí cấp bản sao Giấy khai sinh: 25.000 đ")
                .contains("Tổng cộng: 25.000 đ");
    }

    @Test
    void receiptEmbedsEveryFontItUsesAsASubset() {
        RenderedPdf pdf = new RenderedPdf(forms.receipt(dossier()));

        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSerif-.*");
        });
    }

    @Test
    void receiptIsAnA4Page() {
        RenderedPdf pdf = new RenderedPdf(forms.receipt(dossier()));

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.pageWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(pdf.pageHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
    }

    @Test
    void receiptLeavesOutAbsentOptionalFields() {
        String text = new RenderedPdf(forms.receipt(sparseDossier())).text();

        assertThat(text).contains(CODE).contains("Nguyễn Thị Hằng").contains("Phí, lệ phí: Không thu")
                .contains("(Không có giấy tờ kèm theo)")
                .doesNotContain("Email").doesNotContain("Số điện thoại").doesNotContain("Địa chỉ")
                .doesNotContain("Hẹn trả kết quả").doesNotContain("Tra cứu tình trạng hồ sơ")
                .doesNotContain("null");
    }

    @Test
    void receiptWrapsLongTextAndLosesNoWord() {
        String address = "Căn hộ số 12A-05, tầng 12, tòa nhà Sài Gòn Riverside, số 2 đường Tôn Đức Thắng,"
                + " khu phố 3, Phường Sài Gòn, Thành phố Hồ Chí Minh; địa chỉ liên lạc tạm thời trong thời gian"
                + " sửa chữa nhà ở: số 45/7 hẻm 102 đường Nguyễn Thị Minh Khai, Phường Bàn Cờ, gần chợ Bàn Cờ cũ";
        PrintedApplicant longAddress = new PrintedApplicant(APPLICANT.fullName(), APPLICANT.idNumber(), address,
                APPLICANT.phone(), APPLICANT.email());
        PrintedDossier d = dossier();
        PrintedDossier withLongAddress = new PrintedDossier(d.code(), d.procedure(), d.receivingUnit(), null,
                longAddress, d.channelLabel(), d.receivedAt(), d.appointmentAt(), d.components(), d.fees(),
                d.receivedBy(), d.resultPickup(), d.statusUrl());

        RenderedPdf pdf = new RenderedPdf(forms.receipt(withLongAddress));

        assertThat(pdf.text()).contains("chợ Bàn Cờ cũ");
        assertThat(pdf.flowingText()).contains("Địa chỉ: " + address);
    }

    @Test
    void receiptWrapsAComponentNameLongerThanItsCell() {
        String name = "Văn bản xác nhận của người làm chứng hoặc giấy cam đoan về việc sinh trong trường hợp không"
                + " có giấy chứng sinh do sinh ngoài cơ sở khám bệnh, chữa bệnh, kèm theo bản sao giấy tờ liên"
                + " quan đến người làm chứng, trang cuối";
        PrintedDossier d = dossier();
        PrintedDossier withLongName = new PrintedDossier(d.code(), d.procedure(), d.receivingUnit(), null,
                d.applicant(), d.channelLabel(), d.receivedAt(), d.appointmentAt(),
                List.of(new ReceivedComponent(name, "Bản chính", 1)), d.fees(), d.receivedBy(), d.resultPickup(),
                d.statusUrl());

        RenderedPdf pdf = new RenderedPdf(forms.receipt(withLongName));

        assertThat(pdf.flowingText()).contains(name);
    }

    @Test
    void receiptPrintsDecomposedInputAsComposedVietnamese() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hằng", Normalizer.Form.NFD);
        PrintedDossier d = dossier();
        PrintedDossier withDecomposedName = new PrintedDossier(d.code(), d.procedure(), d.receivingUnit(), null,
                new PrintedApplicant(decomposed, null, null, null, null), d.channelLabel(), d.receivedAt(),
                d.appointmentAt(), d.components(), d.fees(), d.receivedBy(), d.resultPickup(), d.statusUrl());

        assertThat(new RenderedPdf(forms.receipt(withDecomposedName)).text()).contains("Ông/Bà: Nguyễn Thị Hằng");
    }

    @Test
    void receiptPrintsAQuestionMarkForACharacterTheFontLacks() {
        PrintedDossier d = dossier();
        PrintedDossier withEmoji = new PrintedDossier(d.code(), d.procedure(), d.receivingUnit(), null,
                new PrintedApplicant("Nguyễn Thị Hằng \uD83D\uDE00", null, null, null, null), d.channelLabel(),
                d.receivedAt(), d.appointmentAt(), d.components(), d.fees(), d.receivedBy(), d.resultPickup(),
                d.statusUrl());

        assertThat(new RenderedPdf(forms.receipt(withEmoji)).text()).contains("Ông/Bà: Nguyễn Thị Hằng ?");
    }

    @Test
    void dossierWithoutACodeIsRejected() {
        assertThatThrownBy(() -> new PrintedDossier(null, dossier().procedure(), WARD, null, APPLICANT, null,
                dossier().receivedAt(), null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("code");
    }

    @Test
    void competentUnitDefaultsToTheReceivingUnit() {
        assertThat(dossier().competentUnit()).isEqualTo(WARD);
    }

}

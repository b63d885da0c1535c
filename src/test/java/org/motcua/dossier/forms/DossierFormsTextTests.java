package org.motcua.dossier.forms;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The small text rules behind the forms: Decree 30 dates, amounts in đồng, line breaking. */
class DossierFormsTextTests {

    @Test
    void longDatesPadDaysUnderTenAndOnlyMonthsOneAndTwo() {
        assertThat(VietnameseDates.longDate(LocalDate.of(2026, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2026");
        assertThat(VietnameseDates.longDate(LocalDate.of(2026, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2026");
        assertThat(VietnameseDates.longDate(LocalDate.of(2026, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2026");
        assertThat(VietnameseDates.longDate(LocalDate.of(2026, 12, 24))).isEqualTo("ngày 24 tháng 12 năm 2026");
    }

    @Test
    void timesArePrintedInHoChiMinhCity() {
        ZonedDateTime utc = ZonedDateTime.of(2026, 1, 14, 23, 45, 0, 0, ZoneOffset.UTC);

        assertThat(VietnameseDates.timeAndDate(utc)).isEqualTo("06 giờ 45 phút, ngày 15/01/2026");
        assertThat(VietnameseDates.compact(utc)).isEqualTo("06:45 15/01/2026");
        assertThat(VietnameseDates.compact(null)).isEmpty();
    }

    @Test
    void amountsInDongUseDotsBetweenThousands() {
        assertThat(Vnd.format(0)).isEqualTo("0 đ");
        assertThat(Vnd.format(8_000)).isEqualTo("8.000 đ");
        assertThat(Vnd.format(25_000)).isEqualTo("25.000 đ");
        assertThat(Vnd.format(1_234_567)).isEqualTo("1.234.567 đ");
    }

    @Test
    void lineBreakerKeepsEveryLineWithinTheWidthAndLosesNoCharacter() throws Exception {
        try (PDDocument document = new PDDocument()) {
            FormFonts fonts = new FormFonts(document);
            String text = "Thủ tục đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em"
                    + " dưới 6 tuổi https://dichvucong.example.vn/thu-tuc/1.001193.000.00.00.H29/chi-tiet-rat-dai";
            float width = 60 * FormCanvas.MM;

            List<Line> lines = new LineBreaker(fonts).lines(List.of(Run.of(text, Style.BODY)), width, width);

            assertThat(lines).hasSizeGreaterThan(2)
                    .allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(width));
            assertThat(String.join("", lines.stream().map(Line::text).toList()).replace(" ", ""))
                    .isEqualTo(text.replace(" ", ""));
            assertThat(lines.get(lines.size() - 1).text()).endsWith("chi-tiet-rat-dai");
        }
    }

    @Test
    void lineBreakerHonoursLineBreaksInTheText() throws Exception {
        try (PDDocument document = new PDDocument()) {
            List<Line> lines = new LineBreaker(new FormFonts(document))
                    .lines(List.of(Run.of("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", Style.BODY_BOLD)), 500, 500);

            assertThat(lines).extracting(Line::text).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        }
    }
}

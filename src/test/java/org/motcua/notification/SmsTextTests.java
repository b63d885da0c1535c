package org.motcua.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsTextTests {

    @Test
    void vietnameseLosesItsDiacriticsWhenTheGatewaySendsOnlyGsm7() {
        SmsText sms = SmsText.fit("Hồ sơ 000.20.21.H29-261127-0001 đã được tiếp nhận. Hẹn trả kết quả: 17:00 02/12/2026.",
                false);
        assertThat(sms.text()).isEqualTo(
                "Ho so 000.20.21.H29-261127-0001 da duoc tiep nhan. Hen tra ket qua: 17:00 02/12/2026.");
        assertThat(sms.encoding()).isEqualTo(SmsText.Encoding.GSM7);
        assertThat(sms.segments()).isEqualTo(1);
    }

    @Test
    void capitalDAndStackedToneMarksFoldToo() {
        assertThat(SmsText.toGsm("ĐƯỜNG Lê Lợi, Quận Ninh Kiều, phường Bến Thành")).isEqualTo(
                "DUONG Le Loi, Quan Ninh Kieu, phuong Ben Thanh");
    }

    @Test
    void vietnameseKeepsItsDiacriticsInUcs2WhenAllowedAndItFitsTwoSegments() {
        String text = "Hồ sơ 000.20.21.H29-261127-0001 đã có kết quả. Mời ông/bà đến nhận."; // 69 characters
        SmsText sms = SmsText.fit(text, true);
        assertThat(sms.text()).isEqualTo(text);
        assertThat(sms.encoding()).isEqualTo(SmsText.Encoding.UCS2);
        assertThat(sms.segments()).isEqualTo(1);
        assertThat(SmsText.fit(text + " Xin cảm ơn.", true).segments()).isEqualTo(2); // 71 > 70: concatenated
    }

    @Test
    void ucs2LongerThanTwoSegmentsFallsBackToGsm7() {
        String text = "Hồ sơ cần bổ sung: " + "bản sao giấy khai sinh, ".repeat(6); // > 134 UCS-2 characters
        SmsText sms = SmsText.fit(text, true);
        assertThat(sms.encoding()).isEqualTo(SmsText.Encoding.GSM7);
        assertThat(sms.text()).startsWith("Ho so can bo sung: ban sao giay khai sinh");
        assertThat(sms.segments()).isEqualTo(2);
    }

    @Test
    void gsm7SegmentBoundariesAre160And153PerPart() {
        assertThat(SmsText.fit("a".repeat(160), false).segments()).isEqualTo(1);
        assertThat(SmsText.fit("a".repeat(161), false).segments()).isEqualTo(2);
        assertThat(SmsText.fit("a".repeat(306), false).segments()).isEqualTo(2);
        assertThat(SmsText.gsmSegments(307)).isEqualTo(3);
        assertThat(SmsText.ucs2Segments(70)).isEqualTo(1);
        assertThat(SmsText.ucs2Segments(71)).isEqualTo(2);
        assertThat(SmsText.ucs2Segments(134)).isEqualTo(2);
        assertThat(SmsText.ucs2Segments(135)).isEqualTo(3);
    }

    @Test
    void extensionCharactersCountTwoSeptets() {
        assertThat(SmsText.septets("[a]")).isEqualTo(5);
        assertThat(SmsText.fit("{".repeat(80), false).segments()).isEqualTo(1);  // 160 septets
        assertThat(SmsText.fit("{".repeat(81), false).segments()).isEqualTo(2);  // 162 septets
    }

    @Test
    void aTooLongTextIsShortenedToTwoSegmentsWithAnEllipsis() {
        SmsText sms = SmsText.fit("Hồ sơ cần bổ sung: " + "giấy tờ ".repeat(60), false);
        assertThat(SmsText.septets(sms.text())).isLessThanOrEqualTo(306);
        assertThat(sms.text()).endsWith("...");
        assertThat(sms.segments()).isEqualTo(2);
        SmsText ext = SmsText.fit("x".repeat(300) + "{{{{{{", false); // would end in the middle of 2-septet chars
        assertThat(SmsText.septets(ext.text())).isLessThanOrEqualTo(306);
    }

    @Test
    void charactersOutsideGsm7BecomeQuestionMarksWithoutUnicode() {
        assertThat(SmsText.fit("Số tiền 3.000 đ — cảm ơn ☺", false).text()).isEqualTo("So tien 3.000 d ? cam on ?");
    }
}

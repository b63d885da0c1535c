package org.motcua.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTests {

    @Test
    void foldingRemovesDiacriticsCaseAndPunctuation() {
        assertThat(SearchText.fold("Thủ tục ĐĂNG KÝ khai sinh")).isEqualTo("thu tuc dang ky khai sinh");
        assertThat(SearchText.fold("Đặc khu Côn Đảo")).isEqualTo("dac khu con dao");
        assertThat(SearchText.fold("Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh"))
                .isEqualTo("cap ban sao trich luc ho tich ban sao giay khai sinh");
    }

    @Test
    void foldingTreatsDecomposedAndPrecomposedLettersAlike() {
        String decomposed = java.text.Normalizer.normalize("Khai Sinh Đăng Ký", java.text.Normalizer.Form.NFD);
        assertThat(SearchText.fold(decomposed)).isEqualTo(SearchText.fold("khai sinh dang ky"));
    }

    @Test
    void codesStayOneWord() {
        assertThat(SearchText.words("1.001193.000.00.00.H29 (mã)")).containsExactly("1.001193.000.00.00.h29", "ma");
        assertThat(SearchText.words("Giấy phép. Lái xe")).containsExactly("giay", "phep", "lai", "xe");
    }
}

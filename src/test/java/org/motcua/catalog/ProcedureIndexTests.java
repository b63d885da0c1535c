package org.motcua.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.catalog.CatalogFixtures.version;

class ProcedureIndexTests {

    private static final ProcedureIndex INDEX = ProcedureIndex.of(List.of(
            version("2.002621.000.00.00.H29", "Liên thông thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, "
                    + "cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", "Linked: birth, residence, health insurance",
                    Tier.WARD, "ho-tich"),
            version("2.000528.000.00.00.H29", "Thủ tục đăng ký khai sinh có yếu tố nước ngoài",
                    "Birth registration with a foreign element", Tier.WARD, "ho-tich"),
            version("1.004884.000.00.00.H29", "Thủ tục đăng ký lại khai sinh", "Re-registration of a birth",
                    Tier.WARD, "ho-tich"),
            version("1.001193.000.00.00.H29", "Thủ tục đăng ký khai sinh", "Birth registration", Tier.WARD, "ho-tich"),
            version("1.000894.000.00.00.H29", "Thủ tục đăng ký kết hôn", "Marriage registration", Tier.WARD, "ho-tich"),
            version("3.000347.000.00.00.H29", "Đổi giấy phép lái xe", "Exchange of a driving licence", Tier.CITY,
                    "giay-phep-lai-xe")));

    @Test
    void searchIgnoresDiacriticsAndCaseAndRanksTheExactPhraseInTheShortestNameFirst() {
        for (String query : List.of("đăng ký khai sinh", "dang ky khai sinh", "Khai Sinh", "  KHAI   SINH ")) {
            assertThat(codes(INDEX.search(query, null, null))).as(query).first()
                    .isEqualTo("1.001193.000.00.00.H29");
        }
    }

    @Test
    void phraseMatchesComeBeforeNamesThatOnlyContainTheWords() {
        // "đăng ký lại khai sinh" has every word of the query but not the phrase
        assertThat(codes(INDEX.search("dang ky khai sinh", null, null))).containsExactly(
                "1.001193.000.00.00.H29", "2.000528.000.00.00.H29", "2.002621.000.00.00.H29",
                "1.004884.000.00.00.H29", "1.000894.000.00.00.H29");
    }

    @Test
    void namesWithMoreOfTheWordsRankHigher() {
        assertThat(codes(INDEX.search("ket hon khai sinh", null, null))).first()
                .isIn("1.000894.000.00.00.H29", "1.001193.000.00.00.H29");
        assertThat(codes(INDEX.search("lại khai sinh nước ngoài", null, null))).startsWith(
                "2.000528.000.00.00.H29");
    }

    @Test
    void searchesEnglishNamesAndCodes() {
        assertThat(codes(INDEX.search("birth registration", null, null))).first().isEqualTo("1.001193.000.00.00.H29");
        assertThat(codes(INDEX.search("1.000894", null, null))).first().isEqualTo("1.000894.000.00.00.H29");
        assertThat(codes(INDEX.search("3.000347.000.00.00.H29", null, null)))
                .containsExactly("3.000347.000.00.00.H29");
    }

    @Test
    void filtersByTierAndSector() {
        assertThat(codes(INDEX.search("", Tier.CITY, null))).containsExactly("3.000347.000.00.00.H29");
        assertThat(codes(INDEX.search("dang ky", null, "giay-phep-lai-xe"))).isEmpty();
        assertThat(INDEX.search(null, Tier.WARD, "ho-tich")).hasSize(5);
    }

    @Test
    void emptyQueryListsEverythingInVietnameseAlphabeticalOrder() {
        // Vietnamese order: Đ after D (so before L and T); "kết" before "khai" (e before h)
        assertThat(codes(INDEX.search(" ", null, null))).containsExactly(
                "3.000347.000.00.00.H29", "2.002621.000.00.00.H29", "1.000894.000.00.00.H29",
                "1.001193.000.00.00.H29", "2.000528.000.00.00.H29", "1.004884.000.00.00.H29");
    }

    @Test
    void wordsFoundNowhereFindNothing() {
        assertThat(INDEX.search("xây dựng", null, null)).isEmpty();
    }

    private static List<String> codes(List<ProcedureVersion> versions) {
        return versions.stream().map(ProcedureVersion::code).toList();
    }
}

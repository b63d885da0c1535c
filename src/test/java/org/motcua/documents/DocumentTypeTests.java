package org.motcua.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Decree 30 symbols, the bodies' abbreviations and folded search text. */
class DocumentTypeTests {

    @Test
    void symbolsFollowDecree30() {
        assertThat(DocumentType.QUYET_DINH.symbol(5, "UBND", null)).isEqualTo("05/QĐ-UBND");
        assertThat(DocumentType.CONG_VAN.symbol(12, "UBND", "VX")).isEqualTo("12/UBND-VX");
        assertThat(DocumentType.TO_TRINH.symbol(123, "STP", null)).isEqualTo("123/TTr-STP");
        assertThat(DocumentType.GIAY_MOI.symbol(1, "UBND", null)).isEqualTo("01/GM-UBND");
    }

    @Test
    void typesAreFoundByCodeAbbreviationOrName() {
        assertThat(DocumentType.parse("QĐ")).contains(DocumentType.QUYET_DINH);
        assertThat(DocumentType.parse("quyet_dinh")).contains(DocumentType.QUYET_DINH);
        assertThat(DocumentType.parse("Tờ trình")).contains(DocumentType.TO_TRINH);
        assertThat(DocumentType.parse("QD")).isEmpty();
        assertThat(DocumentType.CONG_VAN.abbreviation()).isNull();
    }

    @Test
    void signingAuthoritiesAreTheFiveOfTheDecreeOrTheHead() {
        assertThat(SigningAuthority.parse("KT.")).contains(SigningAuthority.KT);
        assertThat(SigningAuthority.parse("tuq")).contains(SigningAuthority.TUQ);
        assertThat(SigningAuthority.parse("")).contains(SigningAuthority.HEAD);
        assertThat(SigningAuthority.parse("BOSS")).isEmpty();
    }

    @Test
    void departmentsAreAbbreviatedByTheirInitials() {
        assertThat(IssuingBody.initials("Sở Tư pháp")).isEqualTo("STP");
        assertThat(IssuingBody.initials("Sở Địa chính")).isEqualTo("SĐC");
        assertThat(IssuingBody.initials("Trung tâm Phục vụ hành chính công")).isEqualTo("TTPVHCC");
    }

    @Test
    void searchTextIgnoresCaseAndDiacritics() {
        assertThat(SearchText.fold("Quyết  định ĐẦU tư")).isEqualTo("quyet dinh dau tu");
        assertThat(SearchText.fold("05/QĐ-UBND")).isEqualTo("05/qd-ubnd");
    }
}

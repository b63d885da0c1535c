package org.motcua.identity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitizenClaimsTests {

    private static EidProperties eid(EidProperties.Claims claims) {
        return new EidProperties("", "motcua", "", "openid profile", "", "", claims);
    }

    private final CitizenClaims standard = new CitizenClaims(eid(new EidProperties.Claims("personal_id", "name",
            "birthdate", "gender", "residence", "identity_level", "tax_code")));

    @Test
    void readsTheIdentityUnderTheConfiguredClaimNames() {
        CitizenClaims national = new CitizenClaims(eid(new EidProperties.Claims("so_dinh_danh", "ho_ten",
                "ngay_sinh", "gioi_tinh", "noi_thuong_tru", "muc_dinh_danh", "ma_so_thue")));
        Caller.CitizenIdentity identity = national.identity(Map.of("sub", "opaque", "so_dinh_danh", "079190001234",
                "ho_ten", "Nguyễn Thị Hằng", "ngay_sinh", "17/05/1990", "gioi_tinh", "Nữ",
                "noi_thuong_tru", "12 Lê Lợi, Phường Sài Gòn", "muc_dinh_danh", "2",
                // a claim under the default name means nothing here
                "personal_id", "079190009999"));
        assertThat(identity).isEqualTo(new Caller.CitizenIdentity("079190001234", null, "Nguyễn Thị Hằng",
                LocalDate.of(1990, 5, 17), "Nữ", "12 Lê Lợi, Phường Sài Gòn", 2));
        assertThat(identity.subject()).isEqualTo("079190001234");
    }

    @Test
    void anOrganisationActsUnderItsTaxCodeEvenWhenItsRepresentativeIsNamed() {
        Caller.CitizenIdentity identity = standard.identity(Map.of("tax_code", "0312345678-001",
                "personal_id", "079190001234", "identity_level", 2));
        assertThat(identity.isOrganisation()).isTrue();
        assertThat(identity.subject()).isEqualTo("0312345678-001");
    }

    @Test
    void aMissingOrUnreadableLevelCountsAsLevelOne() {
        assertThat(standard.identity(Map.of("personal_id", "079190001234")).level()).isEqualTo(1);
        assertThat(standard.identity(Map.of("personal_id", "079190001234", "identity_level", "high")).level())
                .isEqualTo(1);
        assertThat(standard.identity(Map.of("personal_id", "079190001234", "identity_level", "level2")).level())
                .isEqualTo(2);
    }

    @Test
    void anAddressObjectGivesItsFormattedText() {
        assertThat(standard.identity(Map.of("personal_id", "079190001234",
                "residence", Map.of("formatted", "5 Nguyễn Huệ"))).residence()).isEqualTo("5 Nguyễn Huệ");
    }

    @Test
    void aTokenWithoutAValidPersonalIdOrTaxCodeNamesNobody() {
        assertThatThrownBy(() -> standard.identity(Map.of("name", "Ai đó")))
                .isInstanceOf(CitizenClaims.IncompleteIdentity.class);
        assertThatThrownBy(() -> standard.identity(Map.of("personal_id", "12345")))
                .isInstanceOf(CitizenClaims.IncompleteIdentity.class);
        assertThatThrownBy(() -> standard.identity(Map.of("tax_code", "ABC")))
                .isInstanceOf(CitizenClaims.IncompleteIdentity.class);
    }

    @Test
    void anUnreadableBirthDateIsLeftOutRatherThanGuessed() {
        assertThat(standard.identity(Map.of("personal_id", "079190001234", "birthdate", "1990")).birthDate())
                .isNull();
    }
}

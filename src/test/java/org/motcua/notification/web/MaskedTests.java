package org.motcua.notification.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox page hides most of each e-mail address, phone and personal ID, in error texts too. */
class MaskedTests {

    @Test
    void anEMailAddressKeepsTwoCharactersAndTheDomain() {
        assertThat(Masked.email("hang.123@example.vn")).isEqualTo("ha***@example.vn");
        assertThat(Masked.email("h@example.vn")).isEqualTo("h***@example.vn");
        assertThat(Masked.email(null)).isNull();
    }

    @Test
    void aPhoneKeepsThreeDigitsAtEachEndAndAPersonalIdFourAndTwo() {
        assertThat(Masked.digits("0981234567")).isEqualTo("098****567");
        assertThat(Masked.digits("+84981234567")).isEqualTo("+849******67");
        assertThat(Masked.recipient("citizen:079212345678")).isEqualTo("citizen:0792******78");
        assertThat(Masked.recipient("staff:ben-thanh.processor")).isEqualTo("staff:ben-thanh.processor");
        assertThat(Masked.recipient("reporter:42")).isEqualTo("reporter:42");
        assertThat(Masked.digits("12345")).isEqualTo("*****");
    }

    @Test
    void errorTextsHaveTheirAddressesAndNumbersMasked() {
        assertThat(Masked.text("550 5.1.1 <hang.123@example.vn>: user unknown; SMS 0981234567 refused"))
                .isEqualTo("550 5.1.1 <ha***@example.vn>: user unknown; SMS 098****567 refused");
        assertThat(Masked.text("connection refused after 3000 ms")).isEqualTo("connection refused after 3000 ms");
        assertThat(Masked.text(null)).isNull();
    }
}

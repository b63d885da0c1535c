package org.motcua.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The signature check and text extraction on PDFs made in the test, without the application. */
class PdfInspectorTests {

    @Test
    void aFreshlySignedPdfIsValidAndNamesTheSigner() {
        SignatureCheck check = PdfInspector.inspect(DocumentFixtures.signed(DocumentFixtures.pdf("Văn bản"),
                "Phạm Thị Duyên")).signatures();

        assertThat(check.status()).as(check.toString()).isEqualTo(SignatureCheck.Status.VALID);
        assertThat(check.signatures().get(0).signer()).isEqualTo("Phạm Thị Duyên");
    }

    @Test
    void changingOneSignedByteBreaksTheSignature() {
        SignatureCheck check = PdfInspector.inspect(DocumentFixtures.tampered(DocumentFixtures.signed(
                DocumentFixtures.pdf("Văn bản"), "Phạm Thị Duyên"))).signatures();

        assertThat(check.status()).as(check.toString()).isEqualTo(SignatureCheck.Status.INVALID);
        assertThat(check.signatures().get(0).intact()).isFalse();
    }

    @Test
    void theTextOfAPdfIsExtractedForSearch() {
        assertThat(PdfInspector.inspect(DocumentFixtures.pdf("Kế hoạch phòng chống thiên tai")).text())
                .contains("Kế hoạch phòng chống thiên tai");
    }

    @Test
    void onlyContentStartingLikeAPdfIsAPdf() {
        assertThat(PdfInspector.isPdf("%PDF-1.7".getBytes())).isTrue();
        assertThat(PdfInspector.isPdf("PDF-1.7".getBytes())).isFalse();
        assertThat(PdfInspector.isPdf(new byte[0])).isFalse();
    }
}

package org.motcua.payment;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.payment.PaymentFixtures.feeOwingDossier;
import static org.motcua.payment.PaymentFixtures.paidAt;

/** The e-receipt (biên lai điện tử) of a paid bill: its PDF, its number, its QR code and the public check. */
@PlatformTest
class PaymentReceiptIntegrationTests {

    private static final Pattern NUMBER = Pattern.compile("BL-\\d{4}-\\d{6}");

    @LocalServerPort
    int port;

    private ApiClient desk() {
        return ApiClient.as(port, "ben-thanh.reception");
    }

    private String paidBill(String code, String transactionId) {
        ApiClient.Response issued = desk().post("/api/v1/dossiers/" + code + "/payments", Map.of());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String billId = issued.json().get("billId").asString();
        ApiClient.Response reply = ApiClient.anonymous(port).post("/api/v1/payments/notify",
                paidAt(billId, transactionId, 5000, "2026-03-14T09:05:00+07:00"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return billId;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /*
     * The reader looks for the code on the whole rendered page, and the text around it can now and then mislead it
     * (a ChecksumException once in a full run): a second and third resolution before failing. A page without a
     * readable code fails at all three.
     */
    private static String qr(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ReaderException last = null;
            for (int dpi : new int[] {200, 300, 150}) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
                try {
                    Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                            new BufferedImageLuminanceSource(page))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
                    return result.getText();
                } catch (ReaderException e) {
                    last = e;
                }
            }
            throw last;
        }
    }

    private static String number(String text) {
        Matcher m = NUMBER.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group();
    }

    @Test
    void thePaidBillsReceiptStatesNumberPayerDossierAmountTimeTransactionAndPaidOnlineWithAQrCodeToItsCheck()
            throws Exception {
        // given a bill paid online on 14 March 2026 at 09:05 Ho Chi Minh City time
        String code = feeOwingDossier(port, "ben-thanh", "079190090001");
        String billId = paidBill(code, "TX-RECEIPT-1");

        // when the desk downloads its receipt
        byte[] pdf = desk().bytes("/api/v1/payments/" + billId + "/receipt.pdf");

        // then it is a PDF that says all a receipt says
        String text = text(pdf);
        String number = number(text);
        assertThat(number).startsWith("BL-2026-");
        assertThat(text).contains("BIÊN LAI", code, "Trần Văn Bình", "5.000 đ", "TX-RECEIPT-1", "DEMO",
                "09:05:00 ngày 14/03/2026", "thanh toán trực tuyến", "(2 trang × 2.000 đ)");

        // and its QR code leads to the public check, which shows the receipt without logging in
        String url = qr(pdf);
        assertThat(url).endsWith("/api/v1/public/receipts/" + billId);
        ApiClient.Response check = ApiClient.anonymous(port).get(URI.create(url).getPath());
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        JsonNode body = check.json();
        assertThat(body.get("receiptNumber").asString()).isEqualTo(number);
        assertThat(body.get("amount").asLong()).isEqualTo(5000);
        assertThat(body.get("dossierCode").asString()).isEqualTo(code);
        assertThat(body.get("paidAt").asString()).isEqualTo("2026-03-14T02:05:00Z");
        assertThat(body.has("payer")).isFalse();
    }

    @Test
    void theReceiptNumberIsStableAndEachPaidBillHasItsOwn() throws Exception {
        String first = paidBill(feeOwingDossier(port, "ben-thanh", "079190090002"), "TX-RECEIPT-2");
        String second = paidBill(feeOwingDossier(port, "ben-thanh", "079190090003"), "TX-RECEIPT-3");

        String number = number(text(desk().bytes("/api/v1/payments/" + first + "/receipt.pdf")));
        String again = number(text(desk().bytes("/api/v1/payments/" + first + "/receipt.pdf")));
        String other = number(text(desk().bytes("/api/v1/payments/" + second + "/receipt.pdf")));

        assertThat(again).isEqualTo(number);
        assertThat(other).isNotEqualTo(number);
    }

    @Test
    void theApplicantMayDownloadTheReceiptAndAnotherCitizenIsToldThereIsNone() throws Exception {
        String code = feeOwingDossier(port, "ben-thanh", "079190090004");
        String billId = paidBill(code, "TX-RECEIPT-4");

        byte[] pdf = ApiClient.as(port, "079190090004").bytes("/api/v1/payments/" + billId + "/receipt.pdf");
        ApiClient.Response stranger = ApiClient.as(port, "079190090099").get("/api/v1/payments/" + billId
                + "/receipt.pdf");

        assertThat(text(pdf)).contains(code);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.json().get("code").asString()).isEqualTo("bill-not-found");
    }

    @Test
    void aBillNotPaidHasNoReceiptNorPublicCheck() {
        String code = feeOwingDossier(port, "ben-thanh", "079190090005");
        String billId = desk().post("/api/v1/dossiers/" + code + "/payments", Map.of()).json().get("billId")
                .asString();

        ApiClient.Response r = desk().get("/api/v1/payments/" + billId + "/receipt.pdf");
        ApiClient.Response check = ApiClient.anonymous(port).get("/api/v1/public/receipts/" + billId);

        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo("bill-not-paid");
        assertThat(check.status()).isEqualTo(404);
    }
}

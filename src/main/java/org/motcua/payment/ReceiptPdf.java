package org.motcua.payment;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws the e-receipt (biên lai điện tử) of a paid bill: one A4 page in Noto Serif (the font files on the classpath
 * under {@code fonts/}, subset-embedded), with a QR code of the receipt's public check.
 */
final class ReceiptPdf {

    private static final float MARGIN = 56;
    private static final float QR_SIZE = 110;
    private static final DateTimeFormatter PAID_AT = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy");

    private ReceiptPdf() {
    }

    /** What the receipt says. */
    record Content(String receiptNumber, String payer, String dossierCode, String procedure, List<FeeLine> fees,
                   long totalVnd, Instant paidAt, String transactionId, String partnerCode, String verificationUrl) {
    }

    record FeeLine(String label, long amountVnd) {
    }

    /** {@code 25000} → {@code "25.000 đ"}. */
    static String vnd(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + grouped + " đ";
    }

    static byte[] render(Content c) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, "NotoSerif-Regular.ttf");
            PDFont bold = font(document, "NotoSerif-Bold.ttf");
            PDFont italic = font(document, "NotoSerif-Italic.ttf");
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Biên lai điện tử " + c.receiptNumber());
            info.setCreator("Một Cửa");
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                Writer w = new Writer(out, MARGIN, top, width - 2 * MARGIN - QR_SIZE - 16);
                w.line(bold, 10, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                w.line(bold, 10, "Độc lập - Tự do - Hạnh phúc");
                w.gap(18);
                w.line(bold, 16, "BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ");
                w.line(italic, 10, "(Electronic receipt of fees)");
                w.gap(8);
                w.line(bold, 12, "Số biên lai: " + c.receiptNumber());
                qr(out, c.verificationUrl(), width - MARGIN - QR_SIZE, top - QR_SIZE);
                w.width = width - 2 * MARGIN;
                w.y = Math.min(w.y, top - QR_SIZE - 16);
                w.gap(10);
                w.field(regular, bold, "Người nộp: ", c.payer());
                w.field(regular, bold, "Mã hồ sơ: ", c.dossierCode());
                w.field(regular, bold, "Thủ tục: ", c.procedure());
                w.gap(8);
                w.line(bold, 11, "Các khoản phí, lệ phí");
                for (FeeLine fee : c.fees()) {
                    w.amount(regular, "• " + fee.label(), vnd(fee.amountVnd()));
                }
                w.amount(bold, "Tổng cộng", vnd(c.totalVnd()));
                w.gap(8);
                w.field(regular, bold, "Thời điểm thanh toán: ",
                        PAID_AT.format(c.paidAt().atZone(Receipts.ZONE)) + " (giờ Việt Nam)");
                w.field(regular, bold, "Mã giao dịch: ", c.transactionId());
                w.field(regular, bold, "Đối tác thanh toán: ", c.partnerCode());
                w.gap(8);
                w.line(bold, 11, CounterPayments.PARTNER.equals(c.partnerCode())
                        ? "Đã nộp trực tiếp tại Bộ phận một cửa (paid at the counter)."
                        : "Đã thanh toán trực tuyến qua Nền tảng thanh toán (paid online).");
                w.gap(8);
                w.line(italic, 9, "Quét mã QR hoặc truy cập địa chỉ sau để kiểm tra biên lai:");
                w.line(regular, 9, c.verificationUrl());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot draw receipt " + c.receiptNumber(), e);
        }
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = ReceiptPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IOException("Missing font fonts/" + file);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** The QR code as vector squares, bottom-left corner at (x, y). */
    private static void qr(PDPageContentStream out, String content, float x, float y) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + content, e);
        }
        float module = QR_SIZE / matrix.getWidth();
        float top = y + QR_SIZE;
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    out.addRect(x + column * module, top - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
    }

    /** Writes lines of text downwards, wrapping at the width. */
    private static final class Writer {
        private final PDPageContentStream out;
        private final float x;
        float y;
        float width;

        Writer(PDPageContentStream out, float x, float top, float width) {
            this.out = out;
            this.x = x;
            this.y = top;
            this.width = width;
        }

        void gap(float points) {
            y -= points;
        }

        void line(PDFont font, float size, String text) throws IOException {
            for (String part : wrap(font, size, text, width)) {
                show(font, size, x, part);
            }
        }

        void field(PDFont regular, PDFont bold, String label, String value) throws IOException {
            float size = 11;
            float labelWidth = bold.getStringWidth(label) / 1000 * size;
            List<String> parts = wrap(regular, size, value == null ? "" : value, width - labelWidth);
            y -= size * 1.5f;
            text(bold, size, x, y, label);
            y += size * 1.5f;
            for (String part : parts) {
                show(regular, size, x + labelWidth, part);
            }
        }

        void amount(PDFont font, String label, String amount) throws IOException {
            float size = 11;
            float amountWidth = font.getStringWidth(amount) / 1000 * size;
            show(font, size, x + 12, label);
            text(font, size, x + width - amountWidth, y, amount);
        }

        private void show(PDFont font, float size, float at, String text) throws IOException {
            y -= size * 1.5f;
            text(font, size, at, y, text);
        }

        private void text(PDFont font, float size, float at, float baseline, String text) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(at, baseline);
            out.showText(text);
            out.endText();
        }

        private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (current.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }
    }
}

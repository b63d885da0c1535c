package org.motcua.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.motcua.ApiClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** PDFs made in the tests (plain, signed with a generated key, tampered) and API shortcuts. */
final class DocumentFixtures {

    static final String TITLE_MARK = "ORIGINAL-TITLE-0001";

    private DocumentFixtures() {
    }

    /** A one-page PDF with the text in Noto Serif (Vietnamese), saved without object streams. */
    static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            document.getDocumentInformation().setTitle(TITLE_MARK);
            try (InputStream font = DocumentFixtures.class.getClassLoader()
                    .getResourceAsStream("fonts/NotoSerif-Regular.ttf")) {
                PDType0Font f = PDType0Font.load(document, font, true);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    out.beginText();
                    out.setFont(f, 12);
                    out.newLineAtOffset(72, 700);
                    out.showText(text);
                    out.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes, CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF signed (detached CMS, SHA-256 with RSA) by a self-signed certificate issued to {@code CN=signer}. */
    static byte[] signed(byte[] pdf, String signer) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + signer + ", O=Test, C=VN");
            Date now = new Date();
            ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
            X509CertificateHolder certificate = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.getTime()),
                    new Date(now.getTime() - 86_400_000L), new Date(now.getTime() + 86_400_000L * 365), name,
                    keys.getPublic()).build(contentSigner);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDSignature signature = new PDSignature();
                signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
                signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
                signature.setName(signer);
                signature.setSignDate(Calendar.getInstance());
                document.addSignature(signature, content -> {
                    try {
                        CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
                        cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                                new JcaDigestCalculatorProviderBuilder().build())
                                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()),
                                        certificate));
                        cms.addCertificate(certificate);
                        return cms.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
                    } catch (Exception e) {
                        throw new IOException(e);
                    }
                });
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                document.saveIncremental(bytes);
                return bytes.toByteArray();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signed file with one signed byte changed: the title in the document information. */
    static byte[] tampered(byte[] signed) {
        String latin = new String(signed, StandardCharsets.ISO_8859_1);
        int at = latin.indexOf(TITLE_MARK);
        if (at < 0) {
            throw new IllegalStateException("The title to tamper with is not in the file");
        }
        byte[] copy = signed.clone();
        copy[at + TITLE_MARK.length() - 1] = '9';
        return copy;
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> draft(String unit, String type, String summary, List<String> recipients) {
        Map<String, Object> body = new HashMap<>();
        body.put("unit", unit);
        body.put("type", type);
        body.put("summary", summary);
        body.put("draftingUnit", "VX");
        body.put("signerName", "Nguyễn Văn An");
        body.put("signerTitle", "Chủ tịch");
        body.put("signingAuthority", "TM.");
        body.put("recipientUnits", recipients);
        body.put("recipientOutside", new ArrayList<>(List.of("Lưu: VT")));
        body.put("fileCopyHolder", "Văn phòng");
        body.put("copies", 3);
        return body;
    }

    /** Drafts a document and returns its id. */
    static String drafted(int port, String user, Map<String, Object> body) {
        ApiClient.Response r = ApiClient.as(port, user).post("/api/v1/documents/outgoing", body);
        if (r.status() != 201) {
            throw new AssertionError(r.toString());
        }
        return r.json().get("id").asString();
    }

    static ApiClient.Response issue(int port, String user, String id) {
        return ApiClient.as(port, user).post("/api/v1/documents/outgoing/" + id + "/issue", Map.of());
    }
}

package org.motcua.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads what the platform needs from an uploaded PDF: whether it is one (by its first bytes), its text for search,
 * and a check of its digital signatures (detached CMS / PKCS#7, as Vietnamese signing tools produce).
 */
final class PdfInspector {

    private static final Logger log = LoggerFactory.getLogger(PdfInspector.class);
    private static final Set<String> CMS_SUBFILTERS = Set.of("adbe.pkcs7.detached", "ETSI.CAdES.detached",
            "adbe.pkcs7.sha1");
    private static final int MAX_TEXT = 200_000;

    private PdfInspector() {
    }

    static boolean isPdf(byte[] content) {
        return content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F'
                && content[4] == '-';
    }

    /** What a PDF says and who signed it; a file that starts like a PDF but cannot be read gives no text. */
    static Inspection inspect(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            String text = text(document);
            return new Inspection(text, signatures(document, content));
        } catch (IOException e) {
            log.info("An uploaded PDF could not be read: {}", e.getMessage());
            return new Inspection(null, SignatureCheck.unsigned());
        }
    }

    record Inspection(String text, SignatureCheck signatures) {
    }

    private static String text(PDDocument document) {
        try {
            String text = new PDFTextStripper().getText(document);
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static SignatureCheck signatures(PDDocument document, byte[] file) {
        List<PDSignature> found;
        try {
            found = document.getSignatureDictionaries();
        } catch (RuntimeException e) {
            return new SignatureCheck(SignatureCheck.Status.NOT_VERIFIED, List.of());
        }
        if (found.isEmpty()) {
            return SignatureCheck.unsigned();
        }
        List<SignatureCheck.Signature> checked = new ArrayList<>();
        for (PDSignature signature : found) {
            checked.add(check(signature, file));
        }
        boolean anyBroken = checked.stream().anyMatch(s -> !s.intact() && s.problem() != null
                && !s.problem().startsWith(UNSUPPORTED));
        boolean anyUnverified = checked.stream().anyMatch(s -> s.problem() != null && s.problem().startsWith(UNSUPPORTED));
        boolean wholeFile = checked.stream().anyMatch(s -> s.intact() && s.coversWholeFile());
        SignatureCheck.Status status;
        if (anyBroken) {
            status = SignatureCheck.Status.INVALID;
        } else if (anyUnverified) {
            status = SignatureCheck.Status.NOT_VERIFIED;
        } else {
            status = wholeFile ? SignatureCheck.Status.VALID : SignatureCheck.Status.INVALID;
        }
        return new SignatureCheck(status, List.copyOf(checked));
    }

    private static final String UNSUPPORTED = "not verified:";

    private static SignatureCheck.Signature check(PDSignature signature, byte[] file) {
        String signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant().toString();
        int[] range = signature.getByteRange();
        boolean whole = range != null && range.length == 4 && range[0] == 0
                && (long) range[2] + range[3] == file.length;
        String subFilter = signature.getSubFilter();
        if (subFilter == null || !CMS_SUBFILTERS.contains(subFilter)) {
            return new SignatureCheck.Signature(signature.getName(), null, null, signedAt, false, whole,
                    "NOT_CHECKED", UNSUPPORTED + " signature format " + subFilter + " is not supported");
        }
        try {
            byte[] contents = signature.getContents(file);
            byte[] signed = signature.getSignedContent(file);
            // the /Contents hex string is padded with zeros after the DER structure: read only the first object
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(signer.getSID());
            if (certificates.isEmpty()) {
                return new SignatureCheck.Signature(signature.getName(), null, null, signedAt, false, whole,
                        "NOT_CHECKED", "the signature carries no signing certificate");
            }
            X509CertificateHolder certificate = certificates.iterator().next();
            boolean intact;
            try {
                intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            } catch (Exception e) {
                intact = false;
            }
            String problem = !intact ? "the signed content was changed or the signature does not match"
                    : whole ? null : "the file was changed after this signature";
            return new SignatureCheck.Signature(commonName(certificate.getSubject()), certificate.getSubject().toString(),
                    certificate.getIssuer().toString(), signedAt, intact, whole, "NOT_CHECKED", problem);
        } catch (Exception e) {
            return new SignatureCheck.Signature(signature.getName(), null, null, signedAt, false, whole, "NOT_CHECKED",
                    "the signature cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static String commonName(X500Name name) {
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}

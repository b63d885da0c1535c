package org.motcua.documents;

import java.util.List;

/**
 * What the platform verified about the signatures of a PDF (chữ ký số). {@code VALID} only when every signature's
 * cryptographic check passed and one of them covers the whole file; {@code INVALID} when one failed or the file was
 * changed after the last signature; {@code UNSIGNED} when there is none; {@code NOT_VERIFIED} when a signature is of
 * a kind the platform cannot check — never reported as valid.
 */
public record SignatureCheck(Status status, List<Signature> signatures) {

    public enum Status { UNSIGNED, VALID, INVALID, NOT_VERIFIED }

    /**
     * One signature of the file.
     *
     * @param signer             the certificate subject's common name (who signed)
     * @param certificateSubject the full subject of the signing certificate
     * @param certificateIssuer  who issued that certificate
     * @param signedAt           the signing time the signature claims (ISO-8601), may be null
     * @param intact             the signed bytes are unchanged and the signature matches the certificate's key
     * @param coversWholeFile    nothing was appended after this signature
     * @param certificateTrust   always {@code NOT_CHECKED}: the certificate chain is not checked against a trusted
     *                           root (no trust anchors are configured), so the signer's name is what the certificate
     *                           says, not a confirmed identity
     * @param problem            why the signature is not valid, or null
     */
    public record Signature(String signer, String certificateSubject, String certificateIssuer, String signedAt,
                            boolean intact, boolean coversWholeFile, String certificateTrust, String problem) {
    }

    static SignatureCheck unsigned() {
        return new SignatureCheck(Status.UNSIGNED, List.of());
    }
}

package org.motcua.documents.web;

import org.motcua.documents.FileView;
import org.motcua.documents.SignatureCheck;
import org.motcua.web.TagColour;

import java.util.List;

/**
 * A file of a document on its page: where to view or download it and what the platform verified about its
 * signatures (the certificate's trust is never checked, and the page says so).
 *
 * @param href       the document API's download (inline: the browser shows a PDF)
 * @param statusKey  message key of VALID / INVALID / UNSIGNED / NOT_VERIFIED
 */
public record FileRow(String name, String href, String size, String statusKey, TagColour colour,
                      List<Signer> signers) {

    /** One signature: who the certificate names, its issuer, the claimed time, and why it is not valid. */
    public record Signer(String name, String issuer, String signedAt, String problem) {
    }

    static FileRow of(FileView file, String href) {
        SignatureCheck check = file.signature();
        TagColour colour = switch (check.status()) {
            case VALID -> TagColour.GREEN;
            case INVALID -> TagColour.RED;
            case NOT_VERIFIED -> TagColour.YELLOW;
            default -> TagColour.GREY;
        };
        return new FileRow(file.name(), href, Math.max(1, (file.size() + 1023) / 1024) + " KB",
                "documents.signature." + check.status().name(), colour, check.signatures().stream()
                .map(s -> new Signer(s.signer(), s.certificateIssuer(), s.signedAt() == null ? "" : s.signedAt(),
                        s.problem())).toList());
    }

    static List<FileRow> of(List<FileView> files, String base) {
        return files.stream().map(f -> of(f, base + "/files/" + f.id())).toList();
    }
}

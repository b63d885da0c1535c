package org.motcua.documents;

/**
 * A PDF (or scan) attached to a document, with what the platform verified about its signatures.
 *
 * @param searchable whether text was extracted from it for search
 */
public record FileView(String id, String name, String contentType, long size, String sha256, boolean searchable,
                       SignatureCheck signature) {
}

package org.motcua.documents;

import java.time.Instant;
import java.util.List;

/** An outgoing document (văn bản đi) as stored: a draft, numbered, issued or abandoned. */
record OutgoingDocument(String id, String unit, DocumentType type, String summary, String draftingUnit, String field,
                        String signerName, String signerTitle, SigningAuthority signingAuthority,
                        List<String> recipientUnits, List<String> recipientOutside, String fileCopyHolder,
                        Integer copies, boolean urgent, boolean confidential, List<String> restrictedTo,
                        String meetingLink, Status status, Integer year, Integer number, String symbol,
                        Instant numberedAt, Instant issuedAt, Instant abandonedAt, String abandonReason,
                        String createdBy, Instant createdAt) {

    enum Status { DRAFT, NUMBERED, ISSUED, ABANDONED }
}

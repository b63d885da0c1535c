package org.motcua.documents;

import java.time.Instant;
import java.util.List;

/**
 * An outgoing document as its unit sees it.
 *
 * @param status      {@code DRAFT}, {@code NUMBERED} (number taken, not yet sent), {@code ISSUED} or
 *                    {@code ABANDONED} (a numbered one keeps its number, which is never reused)
 * @param symbol      the number and symbol, {@code 05/QĐ-UBND}; null before numbering
 * @param meetingLink the video-conference room of an invitation (GM), when one was asked for
 */
public record OutgoingView(String id, String unit, String type, String typeName, String summary, String draftingUnit,
                           String field, String signerName, String signerTitle, String signingAuthority,
                           List<String> recipientUnits, List<String> recipientOutside, String fileCopyHolder,
                           Integer copies, boolean urgent, boolean confidential, List<String> restrictedTo,
                           String meetingLink, String status, Integer year, Integer number, String symbol,
                           Instant numberedAt, Instant issuedAt, Instant abandonedAt, String abandonReason,
                           String createdBy, Instant createdAt, List<FileView> files) {

    static OutgoingView of(OutgoingDocument d, List<FileView> files) {
        return new OutgoingView(d.id(), d.unit(), d.type().name(), d.type().nameVi(), d.summary(), d.draftingUnit(),
                d.field(), d.signerName(), d.signerTitle(), d.signingAuthority().prefix(), d.recipientUnits(),
                d.recipientOutside(), d.fileCopyHolder(), d.copies(), d.urgent(), d.confidential(), d.restrictedTo(),
                d.meetingLink(), d.status().name(), d.year(), d.number(), d.symbol(), d.numberedAt(), d.issuedAt(),
                d.abandonedAt(), d.abandonReason(), d.createdBy(), d.createdAt(), files);
    }
}

package org.motcua.documents;

import java.util.List;

/**
 * A new outgoing document (dự thảo).
 *
 * @param unit             the issuing unit's slug
 * @param type             {@code QUYET_DINH}, {@code QĐ}, {@code CONG_VAN}, … (see {@link DocumentType})
 * @param draftingUnit     abbreviation of the drafting unit or field ({@code VX}); required for official letters
 * @param signingAuthority {@code TM.}, {@code KT.}, {@code Q.}, {@code TL.}, {@code TUQ.} or empty for the head
 * @param recipientUnits   slugs of recipient units of the platform (delivered into their incoming registers)
 * @param recipientOutside outside recipients, as written on the document ("Bộ Nội vụ", "Như trên")
 * @param fileCopyHolder   the unit or person keeping the file copy (bản lưu)
 * @param restrictedTo     for a confidential document, the usernames who may see it
 * @param meetingRoom      for an invitation (GM): generate a video-conference room link
 */
public record DraftOutgoing(String unit, String type, String summary, String draftingUnit, String field,
                            String signerName, String signerTitle, String signingAuthority,
                            List<String> recipientUnits, List<String> recipientOutside, String fileCopyHolder,
                            Integer copies, Boolean urgent, Boolean confidential, List<String> restrictedTo,
                            Boolean meetingRoom) {
}

package org.motcua.dossier.forms;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Form 02 (Circular 03/2025/TT-VPCP): phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — what the applicant must add.
 *
 * @param missingItems what is missing or must be corrected, one entry per item (at least one)
 * @param reason       why, or {@code null}
 * @param requestedBy  the official who asks (người hướng dẫn), or {@code null}
 * @param requestedAt  when
 * @param legalBasis   the legal-basis line ("Căn cứ …"), printed as given, or {@code null}; kept as data because
 *                     the texts change
 */
public record SupplementNotice(List<String> missingItems, String reason, String requestedBy,
                               ZonedDateTime requestedAt, String legalBasis) {

    public SupplementNotice {
        missingItems = List.copyOf(Objects.requireNonNull(missingItems, "missingItems"));
        if (missingItems.isEmpty()) {
            throw new IllegalArgumentException("a supplement request must name at least one missing item");
        }
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}

package org.motcua.dossier.forms;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Form 05 (Circular 03/2025/TT-VPCP): thông báo về việc dừng xử lý hồ sơ — processing is stopped.
 *
 * @param reason     why processing stops
 * @param stoppedAt  when
 * @param signatory  who signs the notice, or {@code null}
 * @param legalBasis the legal-basis line ("Căn cứ …"), printed as given, or {@code null}
 */
public record StopNotice(String reason, ZonedDateTime stoppedAt, Signatory signatory, String legalBasis) {

    public StopNotice {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(stoppedAt, "stoppedAt");
    }
}

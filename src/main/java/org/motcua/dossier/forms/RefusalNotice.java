package org.motcua.dossier.forms;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Form 03 (Circular 03/2025/TT-VPCP): phiếu từ chối tiếp nhận giải quyết hồ sơ — refusal at intake.
 *
 * @param reason    the specific reason for refusing
 * @param refusedBy the receiving official, or {@code null}
 * @param refusedAt when
 */
public record RefusalNotice(String reason, String refusedBy, ZonedDateTime refusedAt) {

    public RefusalNotice {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(refusedAt, "refusedAt");
    }
}

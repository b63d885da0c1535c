package org.motcua.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Official documents. The keys are public API.
 *
 * @param jitsiBaseUrl         the Jitsi Meet server whose room links invitations (GM) may carry
 *                             ({@code MOTCUA_JITSI_BASE_URL}, e.g. {@code https://meet.city.gov.vn}); empty = no
 *                             room links (asking for one is refused)
 * @param reminderWorkingDays  how many working days before the deadline {@link DocumentDeadlineApproaching} is
 *                             published ({@code MOTCUA_DOCUMENTS_REMINDER_DAYS}, default 1)
 * @param reminderScanInterval how often open assignments are scanned for reminders
 *                             ({@code MOTCUA_DOCUMENTS_REMINDER_SCAN_INTERVAL}, default 5m)
 */
@ConfigurationProperties("motcua.documents")
public record DocumentsProperties(@DefaultValue("") String jitsiBaseUrl,
                                  @DefaultValue("1") int reminderWorkingDays,
                                  @DefaultValue("5m") Duration reminderScanInterval) {

    boolean meetingsEnabled() {
        return jitsiBaseUrl != null && !jitsiBaseUrl.isBlank();
    }
}

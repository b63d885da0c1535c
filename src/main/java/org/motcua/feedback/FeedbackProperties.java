package org.motcua.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Feedback handling (module feedback). The keys are public API.
 *
 * @param categoriesLocation   the category tree, a YAML file ({@code MOTCUA_FEEDBACK_CATEGORIES}, default
 *                             {@code classpath:feedback/categories.yaml})
 * @param defaultWorkingDays   handling deadline of a category that names none ({@code MOTCUA_FEEDBACK_DEADLINE_DAYS},
 *                             default 5 working days)
 * @param maxPhotos            photos per report or answer (default 5)
 * @param maxPhotoSize         largest photo accepted; larger → 413 ({@code MOTCUA_FEEDBACK_MAX_PHOTO_SIZE}, 5MB)
 * @param autoCloseAfter       an answer nobody accepted or reopened is closed after this
 *                             ({@code MOTCUA_FEEDBACK_AUTO_CLOSE_AFTER}, default 7 days)
 * @param reopenWithin         the reporter may reopen within this of the answer ({@code MOTCUA_FEEDBACK_REOPEN_WITHIN},
 *                             default 15 days)
 * @param duplicateRadiusMeters open reports of the same category this close are shown as possible duplicates
 *                             (default 150 m)
 * @param assignmentSweepInterval how often received reports the event listener missed are routed (default 20 s)
 * @param deadlineScanInterval how often overdue reports are escalated and answered ones closed (default 1 min)
 * @param submissionsPerMinute reports accepted per client address (web) or per API key and address (Open311) per
 *                             minute, then 429 with Retry-After ({@code MOTCUA_FEEDBACK_SUBMISSION_RATE}, default 10)
 * @param hotlineUnit          the unit whose reception staff type in hotline 1022 calls
 *                             ({@code MOTCUA_FEEDBACK_HOTLINE_UNIT}, default {@code so-khoa-hoc-va-cong-nghe})
 * @param open311JurisdictionId the Open311 jurisdiction_id this endpoint serves (default {@code tphcm.gov.vn})
 * @param demoOpen311Key       the API key created in demo mode (default {@code demo-open311-key})
 */
@ConfigurationProperties("motcua.feedback")
public record FeedbackProperties(@DefaultValue("classpath:feedback/categories.yaml") String categoriesLocation,
                                 @DefaultValue("5") BigDecimal defaultWorkingDays,
                                 @DefaultValue("5") int maxPhotos,
                                 @DefaultValue("5MB") DataSize maxPhotoSize,
                                 @DefaultValue("7d") Duration autoCloseAfter,
                                 @DefaultValue("15d") Duration reopenWithin,
                                 @DefaultValue("150") double duplicateRadiusMeters,
                                 @DefaultValue("20s") Duration assignmentSweepInterval,
                                 @DefaultValue("1m") Duration deadlineScanInterval,
                                 @DefaultValue("10") int submissionsPerMinute,
                                 @DefaultValue("so-khoa-hoc-va-cong-nghe") String hotlineUnit,
                                 @DefaultValue("tphcm.gov.vn") String open311JurisdictionId,
                                 @DefaultValue("demo-open311-key") String demoOpen311Key) {
}

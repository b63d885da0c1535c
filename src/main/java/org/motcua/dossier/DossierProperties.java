package org.motcua.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param filesDir        where uploaded and generated files are kept, content-addressed by SHA-256
 *                        ({@code MOTCUA_FILES_DIR}, default {@code <data dir>/files})
 * @param maxUploadSize   largest accepted file ({@code MOTCUA_UPLOAD_MAX_SIZE}, default 20MB)
 * @param overdueScanInterval how often overdue steps are looked for ({@code MOTCUA_OVERDUE_SCAN_INTERVAL})
 * @param onlineReviewWorkingDays the desk's target for checking a new online submission, in working days
 *                        ({@code MOTCUA_ONLINE_REVIEW_DAYS}); not a legal deadline, it orders the inbox
 * @param publicLookupsPerMinute public status look-ups allowed per client address per minute
 *                        ({@code MOTCUA_PUBLIC_LOOKUP_RATE})
 */
@ConfigurationProperties("motcua.dossier")
public record DossierProperties(@DefaultValue("./data/files") Path filesDir,
                                @DefaultValue("20MB") DataSize maxUploadSize,
                                @DefaultValue("1m") Duration overdueScanInterval,
                                @DefaultValue("1") java.math.BigDecimal onlineReviewWorkingDays,
                                @DefaultValue("60") int publicLookupsPerMinute) {
}

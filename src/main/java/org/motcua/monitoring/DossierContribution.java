package org.motcua.monitoring;

import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierFact;
import org.motcua.dossier.DossierStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one dossier adds to the numbers of its competent unit, its procedure and the month (Ho Chi Minh City time) it
 * was received, given its state now. The same rule serves the incremental updates and the rebuild, so both agree.
 *
 * @param sweepAt when the dossier turns overdue by time alone if nothing happens (in progress on time, not waiting
 *                for the applicant); null otherwise
 */
public record DossierContribution(String dossierCode, String unit, String procedureCode, String procedureName,
                                  LocalDate month, Counts counts, Instant sweepAt) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The contribution of the dossier as it stands at {@code now}; empty when it counts nowhere (not received). */
    public static Optional<DossierContribution> of(DossierFact d, Instant now) {
        if (d.receivedAt() == null || d.status() == DossierStatus.REFUSED || d.status() == DossierStatus.SUBMITTED) {
            return Optional.empty();
        }
        Map<Measure, Long> c = new EnumMap<>(Measure.class);
        c.put(Measure.RECEIVED, 1L);
        Instant sweepAt = null;
        switch (d.status()) {
            case WITHDRAWN -> c.put(Measure.WITHDRAWN, 1L);
            case STOPPED, FINISHED, RESULT_RETURNED -> {
                c.put(Boolean.TRUE.equals(d.onTime()) ? Measure.FINISHED_ON_TIME : Measure.FINISHED_LATE, 1L);
                if (d.resultDigitised() && d.status() != DossierStatus.STOPPED) {
                    c.put(Measure.RESULT_DIGITISED, 1L);
                }
            }
            default -> {
                Instant clock = d.pausedAt() != null ? d.pausedAt() : now;
                boolean overdue = d.supplementRequests() > 1
                        || (d.legalDueAt() != null && clock.isAfter(d.legalDueAt()));
                c.put(overdue ? Measure.IN_PROGRESS_OVERDUE : Measure.IN_PROGRESS_ON_TIME, 1L);
                if (!overdue && d.pausedAt() == null) {
                    sweepAt = d.legalDueAt();
                }
            }
        }
        if (d.channel() == Channel.ONLINE) {
            c.put(Measure.ONLINE, 1L);
        }
        if (d.feesDueVnd() > 0) {
            c.put(Measure.FEE_OWING, 1L);
            if (d.feePaidOnline()) {
                c.put(Measure.PAID_ONLINE, 1L);
            }
        }
        if (d.digitised()) {
            c.put(Measure.DIGITISED, 1L);
        }
        if (d.registryDataReused()) {
            c.put(Measure.REUSED, 1L);
        }
        if (d.supplementRequests() > 0) {
            c.put(Measure.SUPPLEMENTED, 1L);
        }
        LocalDate month = d.receivedAt().atZone(ZONE).toLocalDate().withDayOfMonth(1);
        return Optional.of(new DossierContribution(d.code(), d.competentUnit(), d.procedureCode(), d.procedureName(),
                month, Counts.of(c), sweepAt));
    }
}

package org.motcua.monitoring;

/**
 * What is counted per unit, procedure and month of receipt. A dossier counts in the month it was received (its
 * cohort), with its state as it stands now; dossiers refused at intake were never received and count nowhere.
 */
public enum Measure {
    /** Received (tiếp nhận) in the month, withdrawn ones included. */
    RECEIVED("received", "received"),
    /** Processing ended (finished, returned or stopped) on time. */
    FINISHED_ON_TIME("finishedOnTime", "finished_on_time"),
    /** Processing ended late (after the legal deadline, or after more than one supplement request). */
    FINISHED_LATE("finishedLate", "finished_late"),
    /** Still being processed, the legal deadline not passed. */
    IN_PROGRESS_ON_TIME("inProgressOnTime", "in_progress_on_time"),
    /** Still being processed, past the legal deadline (or late already by a second supplement request). */
    IN_PROGRESS_OVERDUE("inProgressOverdue", "in_progress_overdue"),
    /** Withdrawn by the applicant: neither finished nor in progress. */
    WITHDRAWN("withdrawn", "withdrawn"),
    /** Submitted online. */
    ONLINE("online", "online"),
    /** Owing a fee or charge. */
    FEE_OWING("feeOwing", "fee_owing"),
    /** Its fee paid online through the payment platform. */
    PAID_ONLINE("paidOnline", "paid_online"),
    /** Its components held as electronic files. */
    DIGITISED("digitised", "digitised"),
    /** Finished with an electronic result. */
    RESULT_DIGITISED("resultDigitised", "result_digitised"),
    /** Registry data read and reused instead of asked for. */
    REUSED("registryReused", "registry_reused"),
    /** At least one supplement requested. */
    SUPPLEMENTED("supplemented", "supplemented");

    private final String key;
    private final String column;

    Measure(String key, String column) {
        this.key = key;
        this.column = column;
    }

    /** The name in the API (JSON, CSV headers, drill-down filters). */
    public String key() {
        return key;
    }

    /** The column in the monitoring tables. */
    public String column() {
        return column;
    }

    public static java.util.Optional<Measure> fromKey(String key) {
        for (Measure m : values()) {
            if (m.key.equals(key)) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }
}

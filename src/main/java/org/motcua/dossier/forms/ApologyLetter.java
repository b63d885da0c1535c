package org.motcua.dossier.forms;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Form 04 (Circular 03/2025/TT-VPCP): phiếu xin lỗi và hẹn lại ngày trả kết quả — for a dossier that is late.
 *
 * @param reason                why the result is late
 * @param originalAppointmentAt the appointment that was missed; {@code null} means the dossier's appointment
 * @param newAppointmentAt      the new appointment
 * @param writtenAt             the date of the letter
 * @param signatory             the head of the body who apologises, or {@code null}
 */
public record ApologyLetter(String reason, ZonedDateTime originalAppointmentAt, ZonedDateTime newAppointmentAt,
                            ZonedDateTime writtenAt, Signatory signatory) {

    public ApologyLetter {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(newAppointmentAt, "newAppointmentAt");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }
}

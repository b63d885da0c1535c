package org.motcua.dossier.forms;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One hand-over of the dossier between people or units, a row of form 06 (phiếu kiểm soát quá trình giải quyết
 * hồ sơ). Everything but the step may be {@code null}.
 *
 * @param step         the step of the internal process, e.g. "Thẩm định hồ sơ"
 * @param fromPerson   who handed it over
 * @param fromUnit     from which unit
 * @param toPerson     who received it
 * @param toUnit       in which unit
 * @param handedOverAt when it changed hands
 * @param dueAt        when the receiving side's step is due
 * @param completedAt  when that step was completed, {@code null} while it is open
 * @param outcome      on time or late, as text ("Trước hạn", "Đúng hạn", "Quá hạn")
 * @param note         anything else
 */
public record Handover(String step, String fromPerson, String fromUnit, String toPerson, String toUnit,
                       ZonedDateTime handedOverAt, ZonedDateTime dueAt, ZonedDateTime completedAt, String outcome,
                       String note) {

    public Handover {
        Objects.requireNonNull(step, "step");
    }
}

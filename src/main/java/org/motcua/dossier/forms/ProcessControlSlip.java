package org.motcua.dossier.forms;

import java.util.List;

/**
 * Form 06 (Circular 03/2025/TT-VPCP): phiếu kiểm soát quá trình giải quyết hồ sơ — who held the dossier when.
 *
 * @param handovers         the hand-overs in order; {@code null} means none yet
 * @param coordinatingUnits units that take part in the decision (cơ quan phối hợp), or {@code null}
 */
public record ProcessControlSlip(List<Handover> handovers, String coordinatingUnits) {

    public ProcessControlSlip {
        handovers = handovers == null ? List.of() : List.copyOf(handovers);
    }
}

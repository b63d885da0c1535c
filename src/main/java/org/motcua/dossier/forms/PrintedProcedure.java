package org.motcua.dossier.forms;

import java.util.Objects;

/**
 * The administrative procedure (thủ tục hành chính) the dossier asks for.
 *
 * @param code        national procedure code, e.g. "1.001193.000.00.00.H29", or {@code null}
 * @param name        procedure name, e.g. "Thủ tục đăng ký khai sinh"
 * @param workingDays the time limit in working days (0 = the same day), or {@code null} to leave it off the receipt
 */
public record PrintedProcedure(String code, String name, Integer workingDays) {

    public PrintedProcedure {
        Objects.requireNonNull(name, "name");
        if (workingDays != null && workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
    }
}

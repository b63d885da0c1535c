package org.motcua.dossier.forms;

import java.util.Objects;

/**
 * One fee or charge (phí, lệ phí) on the receipt.
 *
 * @param label     what it is for, e.g. "Lệ phí đăng ký khai sinh"
 * @param amountVnd the amount in đồng; printed as "25.000 đ"
 */
public record FeeLine(String label, long amountVnd) {

    public FeeLine {
        Objects.requireNonNull(label, "label");
        if (amountVnd < 0) {
            throw new IllegalArgumentException("amountVnd must not be negative: " + amountVnd);
        }
    }
}

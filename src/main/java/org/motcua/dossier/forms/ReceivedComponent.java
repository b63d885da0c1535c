package org.motcua.dossier.forms;

import java.util.Objects;

/**
 * One paper or file received with the dossier (thành phần hồ sơ), a row of the receipt's table.
 *
 * @param name   what it is, e.g. "Tờ khai đăng ký khai sinh"
 * @param form   the kind of copy, e.g. "Bản chính", "Bản sao", "Bản điện tử"; {@code null} prints empty
 * @param copies how many were received (at least 1)
 */
public record ReceivedComponent(String name, String form, int copies) {

    public ReceivedComponent {
        Objects.requireNonNull(name, "name");
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1: " + copies);
        }
    }
}

package org.motcua.dossier.forms;

import java.util.Objects;

/**
 * One label and value printed on an electronic result document (kết quả điện tử), e.g. "Họ, chữ đệm, tên" – "Nguyễn Thị Hằng".
 * {@link ResultFields#flatten} makes these from nested form data.
 */
public record ResultField(String label, String value) {

    public ResultField {
        Objects.requireNonNull(label, "label");
        value = value == null ? "" : value;
    }
}

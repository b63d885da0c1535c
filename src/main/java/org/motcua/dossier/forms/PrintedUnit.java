package org.motcua.dossier.forms;

import java.util.Objects;

/**
 * A body as it appears in the heading of a form (tên cơ quan, tổ chức ban hành văn bản). Names are given in normal
 * case ("Ủy ban nhân dân phường Sài Gòn"); the heading prints them in capitals as Decree 30/2020/NĐ-CP requires.
 *
 * @param parentName the governing body printed above the name (cơ quan chủ quản), or {@code null}
 * @param name       the issuing body itself, e.g. "Ủy ban nhân dân phường Sài Gòn"
 * @param place      the place in the date line (địa danh); {@code null} means {@value #DEFAULT_PLACE}
 */
public record PrintedUnit(String parentName, String name, String place) {

    public static final String DEFAULT_PLACE = "Thành phố Hồ Chí Minh";

    public PrintedUnit {
        Objects.requireNonNull(name, "name");
        place = place == null || place.isBlank() ? DEFAULT_PLACE : place;
    }

    /** A body with no governing body above it, dated in Ho Chi Minh City. */
    public static PrintedUnit of(String name) {
        return new PrintedUnit(null, name, null);
    }
}

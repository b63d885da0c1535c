package org.motcua.organization;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The kind of a unit. Wards, communes and the special zone together form the ward level (cấp xã). */
public enum UnitType {
    CITY("city"), DEPARTMENT("department"), SERVICE_CENTER("service_center"),
    WARD("ward"), COMMUNE("commune"), SPECIAL_ZONE("special_zone");

    private final String code;

    UnitType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Phường, xã or đặc khu: the lower of the two tiers. */
    public boolean isWardLevel() {
        return this == WARD || this == COMMUNE || this == SPECIAL_ZONE;
    }

    public static Optional<UnitType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}

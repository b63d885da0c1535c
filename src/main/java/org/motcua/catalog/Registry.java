package org.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The national databases whose data must be read rather than asked for. */
public enum Registry {
    /** National population database (CSDL quốc gia về dân cư). */
    POPULATION("population"),
    /** Electronic civil-status database (CSDL hộ tịch điện tử). */
    CIVIL_STATUS("civil_status"),
    /** National business registration database (CSDL quốc gia về đăng ký doanh nghiệp). */
    BUSINESS("business");

    private final String code;

    Registry(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Registry> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}

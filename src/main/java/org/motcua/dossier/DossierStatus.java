package org.motcua.dossier;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The national dossier statuses (Circular 03/2025/TT-VPCP), the canonical status of every dossier. */
public enum DossierStatus {
    SUBMITTED(1, "Mới đăng ký", "Newly submitted"),
    RECEIVED(2, "Đã tiếp nhận", "Received"),
    REFUSED(3, "Không được tiếp nhận", "Not accepted"),
    PROCESSING(4, "Đang xử lý", "Processing"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung", "Supplement requested"),
    AWAITING_PAYMENT(6, "Chờ thực hiện nghĩa vụ tài chính", "Awaiting payment"),
    WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ", "Withdrawn"),
    STOPPED(8, "Dừng xử lý", "Processing stopped"),
    FINISHED(9, "Đã xử lý xong", "Processing finished"),
    RESULT_RETURNED(10, "Đã trả kết quả", "Result returned");

    private final int code;
    private final String nameVi;
    private final String nameEn;

    DossierStatus(int code, String nameVi, String nameEn) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    /** The national code 1–10. */
    public int code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Processing has ended (refused, withdrawn, stopped, finished or returned): no more deadlines run. */
    public boolean ended() {
        return this == REFUSED || this == WITHDRAWN || this == STOPPED || this == FINISHED || this == RESULT_RETURNED;
    }

    @JsonValue
    String json() {
        return name();
    }

    public static Optional<DossierStatus> fromCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }
}

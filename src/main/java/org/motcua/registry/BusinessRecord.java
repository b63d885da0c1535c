package org.motcua.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise or household business as the business registry holds it.
 *
 * @param taxCode    10 digits, or 10 digits, a hyphen and 3 digits for a dependent unit (branch)
 * @param status     {@code active}, {@code suspended} (tạm ngừng kinh doanh) or {@code dissolved} (đã giải thể)
 * @param unitSlug   the ward-level unit of the head office / place of business
 * @param industries the registered lines of business, VSIC code and name, e.g. {@code "5610 Nhà hàng và các dịch vụ ăn
 *                   uống phục vụ lưu động"}, the main line first
 */
public record BusinessRecord(String taxCode, BusinessKind kind, String name, String representativePersonalId,
                             String representativeName, String address, String unitSlug, LocalDate registeredOn,
                             String status, List<String> industries) {

    public BusinessRecord {
        industries = industries == null ? List.of() : List.copyOf(industries);
    }
}

package org.motcua.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of administrative document of Decree 30/2020/NĐ-CP (Appendix III) with their abbreviations, which form
 * the symbol {@code 05/QĐ-UBND}. An official letter (công văn) has no abbreviation: its symbol names the issuing
 * body and the drafting unit, {@code 12/UBND-VX}.
 */
public enum DocumentType {
    NGHI_QUYET("NQ", "Nghị quyết"),
    QUYET_DINH("QĐ", "Quyết định"),
    CHI_THI("CT", "Chỉ thị"),
    QUY_CHE("QC", "Quy chế"),
    QUY_DINH("QyĐ", "Quy định"),
    THONG_CAO("TC", "Thông cáo"),
    THONG_BAO("TB", "Thông báo"),
    HUONG_DAN("HD", "Hướng dẫn"),
    CHUONG_TRINH("CTr", "Chương trình"),
    KE_HOACH("KH", "Kế hoạch"),
    PHUONG_AN("PA", "Phương án"),
    DE_AN("ĐA", "Đề án"),
    DU_AN("DA", "Dự án"),
    BAO_CAO("BC", "Báo cáo"),
    BIEN_BAN("BB", "Biên bản"),
    TO_TRINH("TTr", "Tờ trình"),
    HOP_DONG("HĐ", "Hợp đồng"),
    CONG_DIEN("CĐ", "Công điện"),
    BAN_GHI_NHO("BGN", "Bản ghi nhớ"),
    BAN_THOA_THUAN("BTT", "Bản thỏa thuận"),
    GIAY_UY_QUYEN("GUQ", "Giấy ủy quyền"),
    GIAY_MOI("GM", "Giấy mời"),
    GIAY_GIOI_THIEU("GGT", "Giấy giới thiệu"),
    GIAY_NGHI_PHEP("GNP", "Giấy nghỉ phép"),
    PHIEU_GUI("PG", "Phiếu gửi"),
    PHIEU_CHUYEN("PC", "Phiếu chuyển"),
    PHIEU_BAO("PB", "Phiếu báo"),
    CONG_VAN(null, "Công văn");

    private final String abbreviation;
    private final String nameVi;

    DocumentType(String abbreviation, String nameVi) {
        this.abbreviation = abbreviation;
        this.nameVi = nameVi;
    }

    /** {@code QĐ}, {@code GM}, …; null for an official letter. */
    public String abbreviation() {
        return abbreviation;
    }

    public String nameVi() {
        return nameVi;
    }

    public boolean isOfficialLetter() {
        return this == CONG_VAN;
    }

    /** By code ({@code QD}, {@code CONG_VAN}), by abbreviation ({@code QĐ}, {@code GM}) or by name. */
    public static Optional<DocumentType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(v)
                || (t.abbreviation != null && t.abbreviation.equals(v)) || t.nameVi.equalsIgnoreCase(v)).findFirst();
    }

    /**
     * The number and symbol: {@code 05/QĐ-UBND}; for an official letter {@code 12/UBND-VX}. Numbers under 10 get a
     * leading zero.
     */
    public String symbol(int number, String bodyAbbreviation, String draftingUnit) {
        String n = String.format("%02d", number);
        return isOfficialLetter() ? n + "/" + bodyAbbreviation + "-" + draftingUnit
                : n + "/" + abbreviation + "-" + bodyAbbreviation;
    }
}

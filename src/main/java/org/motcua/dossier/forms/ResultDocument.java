package org.motcua.dossier.forms;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An electronic result (kết quả giải quyết thủ tục hành chính điện tử), e.g. a birth-registration extract.
 * The platform does not fake signatures: unless {@code digitallySigned} is set, the document says it was produced
 * by the system and is not digitally signed.
 *
 * @param title           document title, e.g. "TRÍCH LỤC KHAI SINH"
 * @param number          number and symbol (số, ký hiệu), e.g. "125/TLKS-BS", or {@code null}
 * @param issuingUnit     the issuing body; {@code null} means the dossier's competent unit
 * @param fields          the content, in order; {@code null} means none
 * @param issuedAt        date of issue
 * @param signatory       who signs, or {@code null}
 * @param digitallySigned whether the document carries a digital signature (ký số); only then does it print
 *                        "(Đã ký điện tử)"
 */
public record ResultDocument(String title, String number, PrintedUnit issuingUnit, List<ResultField> fields,
                             ZonedDateTime issuedAt, Signatory signatory, boolean digitallySigned) {

    public ResultDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuedAt, "issuedAt");
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}

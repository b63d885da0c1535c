package org.motcua.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A register of Decree 30/2020/NĐ-CP Appendix IV for one unit and period: its title, column headings and rows of
 * cells in the decree's column order (outgoing and incoming: 10 columns; tracking: 9).
 *
 * @param kind {@code outgoing}, {@code incoming} or {@code tracking}
 */
public record Register(String kind, String unit, String unitName, String parentName, String title, String period,
                       LocalDate from, LocalDate to, List<String> columns, List<Row> rows) {

    /**
     * One entry.
     *
     * @param documentId the outgoing document or incoming entry it describes
     */
    public record Row(String documentId, List<String> cells) {
    }
}

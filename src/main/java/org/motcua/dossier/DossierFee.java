package org.motcua.dossier;

import java.time.Instant;

/**
 * One fee line (phí, lệ phí) of the procedure version, frozen into the dossier at submission (or applied later on
 * request by the processor), and its exemption if the processor decided one. The dossier owes the sum of the lines
 * not exempt.
 *
 * @param line          the line's number in the dossier, from 1 (the procedure's lines it owes, in their order, then
 *                      the on-request lines applied, in the order applied)
 * @param kind          {@code fee} (phí) or {@code charge} (lệ phí)
 * @param amountVnd     what the line costs: {@code unitAmountVnd × quantity} when the line is per copy or page
 * @param unit          what the unit amount is per (a copy, a page), or null when per dossier
 * @param unconfirmed   the procedure's fees are not confirmed against the national portal
 * @param exemption     null while the line is owed
 * @param unitAmountVnd the catalogue's amount per unit when the quantity comes from the form data, else null
 * @param quantity      the number of units owed, from the form data (e.g. pages × copies), else null (owed once)
 * @param applied       who applied an on-request line to the dossier, when and why; null for the lines owed from
 *                      the submission
 */
public record DossierFee(int line, String label, String labelEn, String kind, long amountVnd, String unit,
                         boolean unconfirmed, Exemption exemption, Long unitAmountVnd, Integer quantity,
                         Applied applied) {

    /** A line owed once, as frozen at submission. */
    public DossierFee(int line, String label, String labelEn, String kind, long amountVnd, String unit,
                      boolean unconfirmed, Exemption exemption) {
        this(line, label, labelEn, kind, amountVnd, unit, unconfirmed, exemption, null, null, null);
    }

    /** Who exempted the line (miễn), when, and why. */
    public record Exemption(String reason, String by, String byName, Instant at) {
    }

    /** Who applied an on-request line (a reduced rate, extra copies, an amendment), when, and why. */
    public record Applied(String reason, String by, String byName, Instant at) {
    }

    /** What the line adds to the amount due. */
    public long dueVnd() {
        return exemption == null ? amountVnd : 0;
    }

    DossierFee exempted(Exemption exemption) {
        return new DossierFee(line, label, labelEn, kind, amountVnd, unit, unconfirmed, exemption, unitAmountVnd,
                quantity, applied);
    }

    /** The same line, numbered {@code line} in the dossier and marked as applied on request. */
    DossierFee appliedAs(int line, Applied applied) {
        return new DossierFee(line, label, labelEn, kind, amountVnd, unit, unconfirmed, null, unitAmountVnd,
                quantity, applied);
    }
}

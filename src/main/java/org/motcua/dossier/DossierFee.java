package org.motcua.dossier;

import java.time.Instant;

/**
 * One fee line (phí, lệ phí) of the procedure version, frozen into the dossier at submission, and its exemption if
 * the processor decided one. The dossier owes the sum of the lines not exempt.
 *
 * @param line        the line's number in the dossier, from 1 (the procedure's lines it owes, in their order)
 * @param kind        {@code fee} (phí) or {@code charge} (lệ phí)
 * @param unit        what the amount is per (a copy, a page), or null when per dossier
 * @param unconfirmed the procedure's fees are not confirmed against the national portal
 * @param exemption   null while the line is owed
 */
public record DossierFee(int line, String label, String labelEn, String kind, long amountVnd, String unit,
                         boolean unconfirmed, Exemption exemption) {

    /** Who exempted the line (miễn), when, and why. */
    public record Exemption(String reason, String by, String byName, Instant at) {
    }

    /** What the line adds to the amount due. */
    public long dueVnd() {
        return exemption == null ? amountVnd : 0;
    }

    DossierFee exempted(Exemption exemption) {
        return new DossierFee(line, label, labelEn, kind, amountVnd, unit, unconfirmed, exemption);
    }
}

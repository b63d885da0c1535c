package org.motcua.catalog;

import java.util.List;

/**
 * One fee line of a procedure.
 *
 * @param amountVnd  the amount in Vietnamese đồng, at least 0
 * @param unit       what the amount is per (a case, a copy, a page); null when per dossier
 * @param exemptions who does not pay (miễn, giảm)
 * @param applies    which dossiers owe the line: always (the default, also for definitions stored before the field),
 *                   online or in-person submissions only, or on request only (not owed by the dossier's bill)
 */
public record Fee(LocalizedText name, FeeKind kind, long amountVnd, LocalizedText unit,
                  List<LocalizedText> exemptions, FeeApplies applies) {

    public Fee {
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
        applies = applies == null ? FeeApplies.ALWAYS : applies;
    }
}

package org.motcua.catalog;

import java.util.List;

/**
 * One fee line of a procedure.
 *
 * @param amountVnd  the amount in Vietnamese đồng, at least 0
 * @param unit       what the amount is per (a case, a copy, a page); null when per dossier
 * @param exemptions who does not pay (miễn, giảm)
 */
public record Fee(LocalizedText name, FeeKind kind, long amountVnd, LocalizedText unit,
                  List<LocalizedText> exemptions) {

    public Fee {
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
    }
}

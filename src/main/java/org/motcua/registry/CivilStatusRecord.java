package org.motcua.registry;

import java.time.LocalDate;
import java.util.Map;

/**
 * One entry of the electronic civil-status register (sổ hộ tịch điện tử).
 *
 * @param registrationNumber the number in the register, e.g. {@code 125/2019}
 * @param registeredAtUnit   slug of the ward-level unit that registered it
 * @param subjectPersonalId  the person the record was read for: the child of a birth, the deceased of a death, and for
 *                           a marriage whichever spouse was asked about ({@code details} name both)
 * @param details            the facts of the record by kind (keys listed in {@code docs/registry-contract.md}), e.g.
 *                           {@code fatherPersonalId}, {@code motherName}, {@code husbandPersonalId}, {@code dateOfDeath}
 */
public record CivilStatusRecord(String recordId, CivilStatusKind kind, String registrationNumber,
                                LocalDate registeredOn, String registeredAtUnit, String subjectPersonalId,
                                Map<String, String> details) {

    public CivilStatusRecord {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}

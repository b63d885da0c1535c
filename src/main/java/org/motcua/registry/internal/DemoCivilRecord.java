package org.motcua.registry.internal;

import org.motcua.registry.CivilStatusKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A generated civil-status record; a row of {@code registry_civil_status}. */
record DemoCivilRecord(String recordId, CivilStatusKind kind, String registrationNumber, LocalDate registeredOn,
                       String registeredAtUnit, List<String> subjectIds, Map<String, String> details) {
}

package org.motcua.dossier;

import org.motcua.organization.Role;

import java.math.BigDecimal;

/**
 * One step of the internal process (quy trình nội bộ) as frozen into the dossier at submission.
 *
 * @param unit {@code receiving}, {@code competent} or the slug of a named unit; resolved against the dossier's
 *             current units, so a transfer moves the competent steps to the new unit
 */
public record ProcessStep(String id, String nameVi, String nameEn, Role role, String unit, BigDecimal workingDays) {
}

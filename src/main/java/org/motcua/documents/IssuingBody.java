package org.motcua.documents;

import org.motcua.organization.Unit;
import org.motcua.organization.UnitType;

import java.util.Locale;

/**
 * A unit as the author of documents: its full name ("Ủy ban nhân dân Phường Sài Gòn") and the abbreviation in its
 * symbols ({@code UBND} for People's Committees, the initials of the name for departments: Sở Tư pháp → {@code STP}).
 */
record IssuingBody(String slug, String name, String abbreviation, String parentName) {

    static IssuingBody of(Unit unit, Unit parent) {
        boolean committee = unit.type() == UnitType.CITY || unit.type() == UnitType.WARD
                || unit.type() == UnitType.COMMUNE || unit.type() == UnitType.SPECIAL_ZONE;
        String name = unit.type() == UnitType.CITY || !committee ? unit.nameVi() : "Ủy ban nhân dân " + unit.nameVi();
        return new IssuingBody(unit.slug(), name, committee ? "UBND" : initials(unit.nameVi()),
                parent == null ? null : parent.nameVi());
    }

    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                String first = word.substring(0, 1);
                out.append("Đ".equalsIgnoreCase(first) ? "Đ" : SearchText.fold(first).toUpperCase(Locale.ROOT));
            }
        }
        return out.toString();
    }
}

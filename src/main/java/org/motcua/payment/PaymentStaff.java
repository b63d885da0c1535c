package org.motcua.payment;

import org.motcua.dossier.Actor;
import org.motcua.organization.Role;
import org.motcua.organization.StaffGrant;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who keeps the money side: the city administrator and auditor see every unit, a clerk (văn thư) the bills of the
 * units where they are clerk; the auditor changes nothing.
 */
final class PaymentStaff {

    private PaymentStaff() {
    }

    /** The units whose bills {@code by} may see; null for all; 403 for anyone else. */
    static Set<String> units(Actor by, String what) {
        if (by.kind() == Actor.Kind.STAFF && by.cityWide()) {
            return null;
        }
        Set<String> units = by.kind() != Actor.Kind.STAFF ? Set.of() : by.grants().stream()
                .filter(g -> g.role() == Role.CLERK).map(StaffGrant::unitSlug).collect(Collectors.toSet());
        if (units.isEmpty()) {
            throw new ProblemException(ErrorCode.FORBIDDEN, what + " are kept by the city administrator and the clerks");
        }
        return units;
    }

    /** Whether {@code by} may change the money side of a bill of {@code unit}: its clerk or the city administrator. */
    static boolean maySettle(Actor by, String unit) {
        if (by.kind() != Actor.Kind.STAFF) {
            return false;
        }
        boolean cityAdmin = by.cityWide() && by.grants().stream().anyMatch(g -> g.role() == Role.ADMIN);
        return cityAdmin || by.holds(unit, Role.CLERK);
    }
}

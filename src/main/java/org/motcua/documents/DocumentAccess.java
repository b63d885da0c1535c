package org.motcua.documents;

import org.motcua.identity.Caller;
import org.motcua.organization.Role;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

/**
 * Who sees and does what. A unit's staff see its own registers; a document sent to several units is seen by each
 * only through its own incoming entry; a confidential document only by the people named on it, the unit's clerks
 * (who keep the registers), and for an incoming one its leaders and assignees. Everything else does not exist for
 * the caller (404). The city auditor and administrator read every unit's registers except confidential documents.
 */
final class DocumentAccess {

    private DocumentAccess() {
    }

    static boolean worksIn(Caller caller, String unit) {
        return caller.kind() == Caller.Kind.STAFF
                && caller.grants().stream().anyMatch(g -> g.unitSlug().equals(unit));
    }

    static boolean holds(Caller caller, String unit, Role role) {
        return caller.kind() == Caller.Kind.STAFF
                && caller.grants().stream().anyMatch(g -> g.unitSlug().equals(unit) && g.role() == role);
    }

    /** May read the unit's registers: its staff, or the city-wide reader. */
    static void requireReader(Caller caller, String unit) {
        if (!worksIn(caller, unit) && !(caller.kind() == Caller.Kind.STAFF && caller.cityWide())) {
            throw new ProblemException(ErrorCode.UNIT_NOT_FOUND, "No unit '" + unit + "' among yours");
        }
    }

    /** Must hold the role in the unit; staff of other units are told nothing exists. */
    static void requireRole(Caller caller, String unit, Role role, String what) {
        if (!worksIn(caller, unit)) {
            throw new ProblemException(ErrorCode.DOCUMENT_NOT_FOUND, "No such document");
        }
        if (!holds(caller, unit, role)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only the unit's " + role.code() + " may " + what);
        }
    }

    static boolean canSee(Caller caller, OutgoingDocument d) {
        boolean reader = worksIn(caller, d.unit()) || (caller.kind() == Caller.Kind.STAFF && caller.cityWide());
        if (!reader) {
            return false;
        }
        return !d.confidential() || d.restrictedTo().contains(caller.id()) || d.createdBy().equals(caller.id())
                || holds(caller, d.unit(), Role.CLERK);
    }

    static boolean canSee(Caller caller, IncomingDocument d, boolean assignee) {
        boolean reader = worksIn(caller, d.unit()) || (caller.kind() == Caller.Kind.STAFF && caller.cityWide());
        if (!reader) {
            return false;
        }
        return !d.confidential() || d.restrictedTo().contains(caller.id()) || assignee
                || holds(caller, d.unit(), Role.CLERK) || holds(caller, d.unit(), Role.LEADER);
    }
}

package org.motcua.monitoring;

import org.motcua.identity.Caller;
import org.motcua.organization.Role;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change what: the numbers are for staff (the public page shows only each unit's index); the dossiers
 * behind a number for the city's administrator and auditor and the staff of that unit; thresholds, plans and the
 * rebuild for the city administrator; a task's progress for the leader of the unit it is assigned to.
 */
@Component
public class MonitoringAccess {

    private final Units units;

    MonitoringAccess(Units units) {
        this.units = units;
    }

    public void requireStaff(Caller caller) {
        if (caller == null || caller.kind() != Caller.Kind.STAFF) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "The monitoring numbers are for staff");
        }
    }

    /** The dossiers behind a number of {@code unit} (null: the city). */
    public void requireDossierAccess(Caller caller, String unit) {
        requireStaff(caller);
        if (!maySeeDossiers(caller, unit)) {
            throw new ProblemException(ErrorCode.FORBIDDEN,
                    "Only the city's administrator or auditor and the unit's own staff see the dossiers behind it");
        }
    }

    /** Whether {@code caller} may see the dossiers behind a number of {@code unit} (null: the city). */
    public boolean maySeeDossiers(Caller caller, String unit) {
        if (caller == null || caller.kind() != Caller.Kind.STAFF) {
            return false;
        }
        boolean ownUnit = unit != null && caller.grants().stream().anyMatch(g -> g.unitSlug().equals(unit));
        return caller.cityWide() || ownUnit;
    }

    public boolean isCityAdmin(Caller caller) {
        String city = units.city().slug();
        return caller != null && caller.kind() == Caller.Kind.STAFF && caller.grants().stream()
                .anyMatch(g -> g.unitSlug().equals(city) && g.role() == Role.ADMIN);
    }

    public void requireCityAdmin(Caller caller) {
        if (!isCityAdmin(caller)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only the city administrator does this");
        }
    }

    public void requireLeaderOf(Caller caller, String unit) {
        boolean leader = caller != null && caller.kind() == Caller.Kind.STAFF && caller.grants().stream()
                .anyMatch(g -> g.unitSlug().equals(unit) && g.role() == Role.LEADER);
        if (!leader) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only a leader of " + unit + " reports on its tasks");
        }
    }
}

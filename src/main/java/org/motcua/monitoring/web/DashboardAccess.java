package org.motcua.monitoring.web;

import org.motcua.identity.Caller;
import org.motcua.organization.Role;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who opens which dashboard: the city's (city administrator, auditor and the city's leaders) and a unit's (those,
 * and the unit's own leaders). Anyone else is told the page does not exist (404), as for a dossier of another unit.
 */
@Component
class DashboardAccess {

    private static final Set<Role> CITY_ROLES = EnumSet.of(Role.ADMIN, Role.AUDITOR, Role.LEADER);

    private final Units units;

    DashboardAccess(Units units) {
        this.units = units;
    }

    boolean cityViewer(Caller caller) {
        String city = units.city().slug();
        return caller.kind() == Caller.Kind.STAFF && (caller.cityWide() || caller.grants().stream()
                .anyMatch(g -> g.unitSlug().equals(city) && CITY_ROLES.contains(g.role())));
    }

    boolean leaderOf(Caller caller, String unit) {
        return caller.kind() == Caller.Kind.STAFF && caller.grants().stream()
                .anyMatch(g -> g.unitSlug().equals(unit) && g.role() == Role.LEADER);
    }

    void requireCityViewer(Caller caller) {
        if (!cityViewer(caller)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** The unit below the city whose dashboard the caller may open (404 otherwise, and for an unknown unit). */
    Unit requireUnitViewer(Caller caller, String slug) {
        Optional<Unit> unit = units.find(slug).filter(u -> !u.slug().equals(units.city().slug()));
        if (unit.isEmpty() || !(cityViewer(caller) || leaderOf(caller, slug))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return unit.get();
    }

    /** The dashboard the caller lands on: the city's, else the first unit they lead. */
    Optional<String> home(Caller caller) {
        if (cityViewer(caller)) {
            return Optional.of("/staff/dashboard/city");
        }
        String city = units.city().slug();
        return caller.grants().stream().filter(g -> g.role() == Role.LEADER && !g.unitSlug().equals(city))
                .map(g -> "/staff/dashboard/units/" + g.unitSlug()).findFirst();
    }
}

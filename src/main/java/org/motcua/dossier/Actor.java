package org.motcua.dossier;

import org.motcua.organization.Role;
import org.motcua.organization.StaffGrant;

import java.util.List;

/**
 * Who acts on a dossier: a staff member with their grants, a citizen (by personal ID or tax code), or the system.
 *
 * @param id the staff username, the citizen's personal ID / tax code, or {@code system}
 */
public record Actor(Kind kind, String id, String displayName, List<StaffGrant> grants, boolean cityWide) {

    public enum Kind { STAFF, CITIZEN, SYSTEM }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, "system", "Hệ thống", List.of(), true);
    }

    public static Actor citizen(String id, String name) {
        return new Actor(Kind.CITIZEN, id, name, List.of(), false);
    }

    public boolean holds(String unitSlug, Role role) {
        return grants.stream().anyMatch(g -> g.unitSlug().equals(unitSlug) && g.role() == role);
    }

    public boolean worksIn(String unitSlug) {
        return grants.stream().anyMatch(g -> g.unitSlug().equals(unitSlug));
    }

    /** The unit in which the actor acted, for the slip: the first grant matching the unit, else the first grant. */
    public String unitFor(String preferredUnit) {
        return grants.stream().map(StaffGrant::unitSlug).filter(u -> u.equals(preferredUnit)).findFirst()
                .orElse(grants.isEmpty() ? null : grants.get(0).unitSlug());
    }
}

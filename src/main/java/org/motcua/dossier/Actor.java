package org.motcua.dossier;

import org.motcua.organization.Role;
import org.motcua.organization.StaffGrant;

import java.util.List;

/**
 * Who acts on a dossier: a staff member with their grants, a citizen (by personal ID or tax code), or the system.
 *
 * @param id            the staff username, the citizen's personal ID / tax code, or {@code system}
 * @param identityLevel a citizen's e-ID identity assurance level (1 or 2); 0 for staff, the system and citizens
 *                      whose level is unknown
 */
public record Actor(Kind kind, String id, String displayName, List<StaffGrant> grants, boolean cityWide,
                    int identityLevel) {

    public enum Kind { STAFF, CITIZEN, SYSTEM }

    /** A staff member or the system (no e-ID level). */
    public Actor(Kind kind, String id, String displayName, List<StaffGrant> grants, boolean cityWide) {
        this(kind, id, displayName, grants, cityWide, 0);
    }

    /** The dossier's view of whoever the identity module says is calling. */
    public static Actor of(org.motcua.identity.Caller caller) {
        return caller.kind() == org.motcua.identity.Caller.Kind.CITIZEN
                ? citizen(caller.id(), caller.displayName(), caller.identityLevel())
                : new Actor(Kind.STAFF, caller.id(), caller.displayName(), caller.grants(), caller.cityWide());
    }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, "system", "Hệ thống", List.of(), true);
    }

    /** A citizen whose e-ID level is unknown: may act on their dossiers, not submit fully online procedures. */
    public static Actor citizen(String id, String name) {
        return citizen(id, name, 0);
    }

    public static Actor citizen(String id, String name, int identityLevel) {
        return new Actor(Kind.CITIZEN, id, name, List.of(), false, identityLevel);
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

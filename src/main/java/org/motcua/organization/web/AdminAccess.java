package org.motcua.organization.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** Who may open the administration pages: a unit's admin for that unit, the city admin for every unit. */
final class AdminAccess {

    private AdminAccess() {
    }

    static boolean cityAdmin(Authentication who) {
        return has(who, "ROLE_CITY_ADMIN");
    }

    /** The units the caller administers by an exact grant (not counting the city admin's reach). */
    static List<String> adminUnits(Authentication who) {
        return who.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a.startsWith("GRANT_") && a.endsWith(":admin"))
                .map(a -> a.substring("GRANT_".length(), a.length() - ":admin".length())).sorted().toList();
    }

    /** Another unit's page, or a page for admins only: "page not found", so nothing leaks about other units. */
    static void requireAdminOf(String slug, Authentication who) {
        if (!cityAdmin(who) && !has(who, "GRANT_" + slug + ":admin")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    static void requireCityAdmin(Authentication who) {
        if (!cityAdmin(who)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static boolean has(Authentication who, String authority) {
        return who.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}

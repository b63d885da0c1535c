package org.motcua.documents.web;

import org.motcua.identity.Caller;
import org.motcua.identity.Callers;
import org.motcua.organization.Role;
import org.motcua.organization.StaffGrant;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which unit's documents a staff page shows: the one asked for ({@code ?unit=}) when the official is its clerk,
 * leader or processor, else the first such unit; another unit's page does not exist for them (404).
 */
@Component
class Desks {

    /** The roles that work with official documents (see {@code DocumentAccess}). */
    static final Set<Role> DOCUMENT_ROLES = EnumSet.of(Role.CLERK, Role.LEADER, Role.PROCESSOR);

    private final Callers callers;
    private final Units units;

    Desks(Callers callers, Units units) {
        this.callers = callers;
        this.units = units;
    }

    Caller caller(Authentication authentication) {
        return callers.of(authentication);
    }

    DocumentDesk of(Caller caller, String requested, Locale locale) {
        List<String> slugs = documentUnits(caller);
        String unit = requested == null || requested.isBlank() ? (slugs.isEmpty() ? null : slugs.get(0))
                : requested.strip();
        if (unit == null || !slugs.contains(unit)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<Option> others = slugs.stream().filter(s -> !s.equals(unit))
                .map(s -> new Option(s, name(s, locale), false)).toList();
        return new DocumentDesk(unit, name(unit, locale), holds(caller, unit, Role.CLERK),
                holds(caller, unit, Role.LEADER), holds(caller, unit, Role.PROCESSOR), others);
    }

    String name(String slug, Locale locale) {
        return units.find(slug).map(u -> name(u, locale)).orElse(slug);
    }

    static String name(Unit unit, Locale locale) {
        return "en".equals(locale.getLanguage()) && unit.nameEn() != null ? unit.nameEn() : unit.nameVi();
    }

    static List<String> documentUnits(Caller caller) {
        if (caller.kind() != Caller.Kind.STAFF) {
            return List.of();
        }
        return caller.grants().stream().filter(g -> DOCUMENT_ROLES.contains(g.role())).map(StaffGrant::unitSlug)
                .distinct().toList();
    }

    private static boolean holds(Caller caller, String unit, Role role) {
        return caller.grants().stream().anyMatch(g -> g.unitSlug().equals(unit) && g.role() == role);
    }
}

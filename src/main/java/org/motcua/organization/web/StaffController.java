package org.motcua.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.organization.Role;
import org.motcua.organization.StaffAccount;
import org.motcua.organization.StaffAccounts;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** Staff accounts of a unit, managed by that unit's admin or the city admin. */
@RestController
@RequestMapping("/api/v1/units/{slug}/staff")
@Tag(name = "Staff", description = "Staff accounts and their roles in a unit")
class StaffController {

    private final StaffAccounts accounts;

    StaffController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Staff of the unit (unit admin, city admin, city auditor)")
    List<StaffAccount> list(@PathVariable String slug, Authentication who) {
        requireAdminOf(slug, who, true);
        return accounts.ofUnit(slug);
    }

    record NewStaff(String username, String displayName, String password, List<String> roles) { }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a staff account with roles in the unit")
    StaffAccount create(@PathVariable String slug, @RequestBody NewStaff body, Authentication who) {
        requireAdminOf(slug, who, false);
        return accounts.create(slug, body.username(), body.displayName(), body.password(), roles(body.roles()),
                who.getName());
    }

    record RoleChange(List<String> roles) { }

    @PutMapping("/{username}/roles")
    @Operation(summary = "Replace the roles the account holds in the unit")
    StaffAccount changeRoles(@PathVariable String slug, @PathVariable String username, @RequestBody RoleChange body,
                             Authentication who) {
        requireAdminOf(slug, who, false);
        return accounts.replaceRoles(slug, username, roles(body.roles()), who.getName());
    }

    @PostMapping("/{username}/unlock")
    @Operation(summary = "Lift a lock-out caused by repeated failed logins")
    StaffAccount unlock(@PathVariable String slug, @PathVariable String username, Authentication who) {
        requireAdminOf(slug, who, false);
        return accounts.unlock(slug, username, who.getName());
    }

    @PostMapping("/{username}/lock")
    @Operation(summary = "Lock the account until an administrator unlocks it; never one's own")
    StaffAccount lock(@PathVariable String slug, @PathVariable String username, Authentication who) {
        requireAdminOf(slug, who, false);
        return accounts.lock(slug, username, who.getName());
    }

    private static List<Role> roles(List<String> codes) {
        List<Role> roles = new ArrayList<>();
        List<FieldProblem> errors = new ArrayList<>();
        for (int i = 0; codes != null && i < codes.size(); i++) {
            String code = codes.get(i);
            Role role = Role.fromCode(code == null ? "" : code).filter(r -> r != Role.AUDITOR).orElse(null);
            if (role == null) {
                errors.add(new FieldProblem("roles[" + i + "]",
                        "must be one of reception, processor, leader, clerk, admin"));
            } else {
                roles.add(role);
            }
        }
        if (codes == null || codes.isEmpty()) {
            errors.add(new FieldProblem("roles", "at least one role is required"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_STAFF_ACCOUNT, "The roles are invalid", errors);
        }
        return roles;
    }

    private static void requireAdminOf(String slug, Authentication who, boolean readOnly) {
        boolean allowed = who.getAuthorities().stream().anyMatch(a -> {
            String name = a.getAuthority();
            return "ROLE_CITY_ADMIN".equals(name) || (readOnly && "ROLE_CITY_AUDITOR".equals(name));
        }) || has(who, "GRANT_" + slug + ":admin");
        if (!allowed) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only the unit's administrator or the city administrator"
                    + " may manage the staff of '" + slug + "'");
        }
    }

    private static boolean has(Authentication who, String authority) {
        return who.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}

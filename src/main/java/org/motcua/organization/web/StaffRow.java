package org.motcua.organization.web;

import org.motcua.organization.Role;
import org.motcua.organization.StaffAccount;

import java.time.Instant;
import java.util.List;

/**
 * One account on the unit admin's pages.
 *
 * @param roleKeys  message keys of the roles held in the unit
 * @param statusKey message key of "active" or "locked"
 */
public record StaffRow(String username, String displayName, List<String> roleKeys, List<String> roleCodes,
                       boolean locked, String statusKey, String href) {

    static StaffRow of(StaffAccount account, String unitSlug, Instant now) {
        List<Role> roles = account.grants().stream().filter(g -> g.unitSlug().equals(unitSlug))
                .map(g -> g.role()).toList();
        boolean locked = !account.enabled() || account.lockedAt(now);
        return new StaffRow(account.username(), account.displayName(),
                roles.stream().map(r -> "organization.admin.role." + r.code()).toList(),
                roles.stream().map(Role::code).toList(), locked,
                locked ? "organization.admin.status.locked" : "organization.admin.status.active",
                "/staff/admin/units/" + unitSlug + "/staff/" + account.username());
    }
}

package org.motcua.organization;

import java.time.Instant;
import java.util.List;

/** A staff member's account (no password: hashes never leave the module). */
public record StaffAccount(String username, String displayName, boolean enabled, int failedAttempts,
                           Instant lockedUntil, List<StaffGrant> grants) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean holds(String unitSlug, Role role) {
        return grants.stream().anyMatch(g -> g.unitSlug().equals(unitSlug) && g.role() == role);
    }
}

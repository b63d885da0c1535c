package org.motcua.identity;

import org.motcua.organization.StaffGrant;

import java.util.List;

/**
 * Who is calling: a staff member (with their grants), a citizen or business (by personal ID or tax code).
 *
 * @param cityWide the city administrator or auditor, who see every unit
 */
public record Caller(Kind kind, String id, String displayName, List<StaffGrant> grants, boolean cityWide) {

    public enum Kind { STAFF, CITIZEN }
}

package org.motcua.identity;

import org.motcua.organization.StaffGrant;

import java.time.LocalDate;
import java.util.List;

/**
 * Who is calling: a staff member (with their grants), a citizen or business (by personal ID or tax code).
 *
 * @param id       the staff username; for a citizen the personal ID, for an organisation account its tax code
 * @param cityWide the city administrator or auditor, who see every unit
 * @param citizen  what the e-ID says about a citizen or business; null for staff
 */
public record Caller(Kind kind, String id, String displayName, List<StaffGrant> grants, boolean cityWide,
                     CitizenIdentity citizen) {

    public enum Kind { STAFF, CITIZEN }

    /** A staff caller, or a citizen whose identity facts are unknown. */
    public Caller(Kind kind, String id, String displayName, List<StaffGrant> grants, boolean cityWide) {
        this(kind, id, displayName, grants, cityWide, null);
    }

    /** The e-ID identity assurance level: 1 or 2 for citizens, 0 for staff and unknown identities. */
    public int identityLevel() {
        return citizen == null ? 0 : citizen.level();
    }

    /**
     * The facts the e-ID provider vouches for (from the ID token or the bearer token).
     *
     * @param personalId 12-digit personal identification number (số định danh cá nhân); null for an organisation
     *                   account that carries none
     * @param taxCode    tax code of an organisation account; null for a person
     * @param residence  permanent residence (nơi thường trú) as the provider writes it
     * @param level      identity assurance level: 2 is equivalent to showing the ID card in person
     */
    public record CitizenIdentity(String personalId, String taxCode, String fullName, LocalDate birthDate, String sex,
                                  String residence, int level) {

        public boolean isOrganisation() {
            return taxCode != null;
        }

        /** The identifier the citizen acts under: the tax code of an organisation account, else the personal ID. */
        public String subject() {
            return taxCode != null ? taxCode : personalId;
        }
    }
}

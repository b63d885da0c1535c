package org.motcua.dossier;

import java.time.LocalDate;

/**
 * The person or organisation that applies (người nộp hồ sơ). A person has a 12-digit personal identification number;
 * an organisation has a tax code (and the name of its representative in {@code fullName}).
 */
public record Applicant(String personalId, String taxCode, String fullName, LocalDate dateOfBirth, String phone,
                        String email, String address) {

    public boolean isOrganisation() {
        return taxCode != null && !taxCode.isBlank();
    }
}

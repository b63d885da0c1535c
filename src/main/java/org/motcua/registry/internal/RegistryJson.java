package org.motcua.registry.internal;

import org.motcua.registry.BusinessKind;
import org.motcua.registry.BusinessRecord;
import org.motcua.registry.CivilStatusKind;
import org.motcua.registry.CivilStatusRecord;
import org.motcua.registry.Household;
import org.motcua.registry.PersonRecord;
import org.motcua.registry.RelativeRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON bodies of {@code docs/registry-contract.md}, and their translation into the platform's records. An answer
 * that breaks the contract (a missing required member, another person than asked for, an unknown kind) is refused
 * with {@link IllegalArgumentException}.
 */
final class RegistryJson {

    private static final Pattern PERSONAL_ID = Pattern.compile("^[0-9]{12}$");
    private static final Set<String> STATUSES = Set.of("active", "suspended", "dissolved");

    private RegistryJson() {
    }

    record PersonRef(String personalId, String fullName, String relationship) {
    }

    record HouseholdBody(String householdId, PersonRef head, List<PersonRef> members) {
    }

    record PersonBody(String personalId, String fullName, LocalDate birthDate, String sex, String permanentResidence,
                      String currentResidence, String hometown, String residenceUnit, HouseholdBody household,
                      PersonRef father, PersonRef mother, PersonRef spouse) {

        PersonRecord toRecord(String asked) {
            require(asked.equals(personalId), "personalId", "is " + personalId + ", not the one asked for");
            require(fullName != null && !fullName.isBlank(), "fullName", "is missing");
            require(birthDate != null, "birthDate", "is missing");
            require("male".equals(sex) || "female".equals(sex), "sex", "must be male or female");
            Household h = null;
            if (household != null) {
                require(household.householdId() != null && household.head() != null, "household",
                        "needs householdId and head");
                List<RelativeRef> members = household.members() == null ? List.of() : household.members().stream()
                        .map(m -> ref(m, m.relationship())).toList();
                h = new Household(household.householdId(), household.head().personalId(), household.head().fullName(),
                        members);
            }
            return new PersonRecord(personalId, fullName, birthDate, sex, permanentResidence,
                    currentResidence == null ? permanentResidence : currentResidence, hometown, residenceUnit, h,
                    ref(father, "father"), ref(mother, "mother"), ref(spouse, "male".equals(sex) ? "wife" : "husband"));
        }
    }

    record CivilStatusEntry(String recordId, String kind, String registrationNumber, LocalDate registeredOn,
                            String registeredAtUnit, Map<String, String> details) {
    }

    record CivilStatusBody(String personalId, List<CivilStatusEntry> records) {

        List<CivilStatusRecord> toRecords(String asked) {
            require(asked.equals(personalId), "personalId", "is " + personalId + ", not the one asked for");
            require(records != null, "records", "is missing");
            return records.stream().map(r -> {
                require(r.recordId() != null && r.registeredOn() != null, "records[].recordId/registeredOn",
                        "are required");
                return new CivilStatusRecord(r.recordId(), kind(r.kind()), r.registrationNumber(), r.registeredOn(),
                        r.registeredAtUnit(), asked, r.details());
            }).toList();
        }

        private static CivilStatusKind kind(String kind) {
            try {
                return CivilStatusKind.valueOf(String.valueOf(kind));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("records[].kind '" + kind + "' must be BIRTH, MARRIAGE or DEATH");
            }
        }
    }

    record Industry(String code, String name) {
    }

    record BusinessBody(String taxCode, String kind, String name, PersonRef representative, String address,
                        String unit, LocalDate registeredOn, String status, List<Industry> industries) {

        BusinessRecord toRecord(String asked) {
            require(asked.equals(taxCode), "taxCode", "is " + taxCode + ", not the one asked for");
            require(name != null && !name.isBlank(), "name", "is missing");
            require(STATUSES.contains(status), "status", "must be active, suspended or dissolved");
            BusinessKind k;
            try {
                k = BusinessKind.valueOf(String.valueOf(kind));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kind '" + kind + "' must be ENTERPRISE or HOUSEHOLD_BUSINESS");
            }
            List<String> lines = industries == null ? List.of() : industries.stream()
                    .map(i -> (i.code() == null ? "" : i.code() + " ") + (i.name() == null ? "" : i.name()))
                    .map(String::strip).toList();
            return new BusinessRecord(taxCode, k, name, representative == null ? null : representative.personalId(),
                    representative == null ? null : representative.fullName(), address, unit, registeredOn, status,
                    lines);
        }
    }

    private static RelativeRef ref(PersonRef ref, String relationship) {
        if (ref == null) {
            return null;
        }
        require(ref.personalId() == null || PERSONAL_ID.matcher(ref.personalId()).matches(), "personalId",
                "of a relative must be 12 digits");
        return new RelativeRef(ref.personalId(), ref.fullName(), relationship);
    }

    private static void require(boolean ok, String member, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(member + " " + problem);
        }
    }
}

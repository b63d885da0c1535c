package org.motcua.dossier;

import org.motcua.registry.BusinessRecord;
import org.motcua.registry.PersonRecord;
import org.motcua.registry.RelativeRef;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resolves a procedure's {@code prefill} sources against the applicant's own registry records. What cannot be
 * resolved from those records (for example the spouse's birth date) is left out, for manual entry: nobody else's
 * record is read.
 */
final class PrefillResolver {

    private PrefillResolver() {
    }

    /** Form field path → value, in the order of the procedure's prefill section. */
    static Map<String, String> resolve(Map<String, String> prefill, PersonRecord person, BusinessRecord business) {
        Map<String, String> values = new LinkedHashMap<>();
        prefill.forEach((field, source) -> {
            String value = value(source, person, business);
            if (value != null && !value.isBlank()) {
                values.put(field, value);
            }
        });
        return values;
    }

    static String value(String source, PersonRecord person, BusinessRecord business) {
        String[] p = source.split("\\.");
        if (p[0].equals("business")) {
            return business == null ? null : business(p[1], business);
        }
        if (person == null) {
            return null;
        }
        return switch (p[1]) {
            case "self" -> self(p[2], person);
            case "spouse" -> relative(p[2], person.spouse());
            case "father" -> relative(p[2], person.father());
            case "mother" -> relative(p[2], person.mother());
            case "household" -> person.household() == null ? null
                    : relative(p[2], new RelativeRef(person.household().headPersonalId(),
                    person.household().headName(), "head"));
            case "couple" -> p[2].equals(person.sex()) ? self(p[3], person)
                    : person.spouse() == null ? null : relative(p[3], person.spouse());
            default -> null;
        };
    }

    private static String self(String field, PersonRecord p) {
        return switch (field) {
            case "personalId" -> p.personalId();
            case "fullName" -> p.fullName();
            case "birthDate" -> iso(p.birthDate());
            case "sex" -> p.sex();
            case "permanentResidence" -> p.permanentResidence();
            case "currentResidence" -> p.currentResidence();
            case "hometown" -> p.hometown();
            default -> null;
        };
    }

    private static String relative(String field, RelativeRef r) {
        if (r == null) {
            return null;
        }
        return switch (field) {
            case "personalId" -> r.personalId();
            case "fullName" -> r.fullName();
            default -> null;
        };
    }

    private static String business(String field, BusinessRecord b) {
        return switch (field) {
            case "taxCode" -> b.taxCode();
            case "name" -> b.name();
            case "address" -> b.address();
            case "representativeName" -> b.representativeName();
            case "representativePersonalId" -> b.representativePersonalId();
            case "registeredOn" -> iso(b.registeredOn());
            default -> null;
        };
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}

package org.motcua.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The registry values a procedure may pre-fill its form with, named {@code <registry>.<person>.<field>}: the person
 * is {@code self} (the applicant's own record), {@code spouse}, {@code father}, {@code mother}, {@code household}
 * (its head), or {@code couple.female} / {@code couple.male} (whichever of the applicant and their spouse it is — for
 * a child's parents). Only data in the applicant's own record is used; nobody else's record is read.
 */
public final class PrefillSources {

    private static final Set<String> SELF_FIELDS = Set.of("personalId", "fullName", "birthDate", "sex",
            "permanentResidence", "currentResidence", "hometown");
    private static final Set<String> RELATIVE_FIELDS = Set.of("personalId", "fullName");
    private static final Set<String> BUSINESS_FIELDS = Set.of("taxCode", "name", "address", "representativeName",
            "representativePersonalId", "registeredOn");

    private PrefillSources() {
    }

    /** Empty when {@code source} is a known value; otherwise why it is not. */
    public static Optional<String> problem(String source) {
        if (source == null) {
            return Optional.of("is required");
        }
        String[] parts = source.split("\\.");
        if (parts[0].equals("business")) {
            return parts.length == 2 && BUSINESS_FIELDS.contains(parts[1]) ? Optional.empty()
                    : Optional.of("business values are business." + String.join("|", BUSINESS_FIELDS.stream().sorted().toList()));
        }
        if (!parts[0].equals("population")) {
            return Optional.of("must start with population. or business.");
        }
        List<String> rest = List.of(parts).subList(1, parts.length);
        if (rest.size() == 2 && rest.get(0).equals("self")) {
            return SELF_FIELDS.contains(rest.get(1)) ? Optional.empty() : Optional.of("self fields are "
                    + String.join(", ", SELF_FIELDS.stream().sorted().toList()));
        }
        if (rest.size() == 2 && Set.of("spouse", "father", "mother", "household").contains(rest.get(0))) {
            return RELATIVE_FIELDS.contains(rest.get(1)) ? Optional.empty()
                    : Optional.of("only personalId and fullName of relatives are in the applicant's record");
        }
        if (rest.size() == 3 && rest.get(0).equals("couple") && Set.of("female", "male").contains(rest.get(1))) {
            return SELF_FIELDS.contains(rest.get(2)) ? Optional.empty() : Optional.of("couple fields are "
                    + String.join(", ", SELF_FIELDS.stream().sorted().toList()));
        }
        return Optional.of("unknown value; see docs/procedure-format.md (prefill)");
    }

    /** The registry a source reads: {@code population} or {@code business}. */
    public static String registryOf(String source) {
        return source.substring(0, source.indexOf('.'));
    }
}

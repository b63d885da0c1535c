package org.motcua.registry;

import java.util.List;

/**
 * Who reads registry data and why; logged with every read.
 *
 * @param readerId   the staff username, the citizen's personal ID number (or a business's tax code), or the name of
 *                   the platform component for {@code system}
 * @param readerKind {@link #CITIZEN}, {@link #STAFF} or {@link #SYSTEM}
 * @param purpose    why: the dossier code, or e.g. {@code "prefill:1.001193.000.00.00.H29"}; required
 * @param fields     the fields the reader uses (names of the record's components, e.g. {@code fullName},
 *                   {@code household}); empty means all of them
 */
public record ReadContext(String readerId, String readerKind, String purpose, List<String> fields) {

    public static final String CITIZEN = "citizen";
    public static final String STAFF = "staff";
    public static final String SYSTEM = "system";

    public ReadContext {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static ReadContext citizen(String personalId, String purpose, String... fields) {
        return new ReadContext(personalId, CITIZEN, purpose, List.of(fields));
    }

    public static ReadContext staff(String username, String purpose, String... fields) {
        return new ReadContext(username, STAFF, purpose, List.of(fields));
    }

    public static ReadContext system(String component, String purpose, String... fields) {
        return new ReadContext(component, SYSTEM, purpose, List.of(fields));
    }
}

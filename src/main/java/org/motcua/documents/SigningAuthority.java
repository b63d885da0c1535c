package org.motcua.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the signer signs (thể thức đề ký, Decree 30 Art. 13): on behalf of the collective (TM.), for the head (KT.),
 * as acting head (Q.), by order (TL.), by authorisation (TUQ.); {@link #HEAD} when the head signs in person.
 */
public enum SigningAuthority {
    HEAD(""),
    TM("TM."),
    KT("KT."),
    Q("Q."),
    TL("TL."),
    TUQ("TUQ.");

    private final String prefix;

    SigningAuthority(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** {@code TM}, {@code TM.}, {@code kt.}, … or {@code HEAD}. */
    public static Optional<SigningAuthority> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(HEAD);
        }
        String v = value.trim().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.name().equals(v) || (!a.prefix.isEmpty() && a.prefix.equals(v)))
                .findFirst();
    }
}

package org.motcua.identity;

import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a citizen's identity facts from the claims of an e-ID token, under the claim names of {@link EidProperties}.
 * The same reading serves the browser login (ID token) and API calls (bearer token), so both see the same citizen.
 */
@Component
class CitizenClaims {

    private static final Pattern PERSONAL_ID = Pattern.compile("^[0-9]{12}$");
    private static final Pattern TAX_CODE = Pattern.compile("^[0-9]{10}(-[0-9]{3})?$");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EidProperties.Claims names;

    CitizenClaims(EidProperties eid) {
        this.names = eid.claims();
    }

    /**
     * @throws IncompleteIdentity when the claims carry neither a valid personal ID nor a valid tax code
     */
    Caller.CitizenIdentity identity(Map<String, Object> claims) {
        String personalId = text(claims, names.personalId());
        String taxCode = text(claims, names.taxCode());
        if (personalId != null && !PERSONAL_ID.matcher(personalId).matches()) {
            throw new IncompleteIdentity("claim '" + names.personalId() + "' is not a 12-digit personal ID");
        }
        if (taxCode != null && !TAX_CODE.matcher(taxCode).matches()) {
            throw new IncompleteIdentity("claim '" + names.taxCode() + "' is not a tax code");
        }
        if (personalId == null && taxCode == null) {
            throw new IncompleteIdentity("the token carries neither '" + names.personalId() + "' nor '"
                    + names.taxCode() + "'");
        }
        return new Caller.CitizenIdentity(personalId, taxCode, text(claims, names.name()),
                date(text(claims, names.birthdate())), text(claims, names.sex()), residence(claims.get(names.residence())),
                level(claims.get(names.level())));
    }

    private static String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String residence(Object value) {
        if (value instanceof Map<?, ?> address) {
            Object formatted = address.get("formatted");
            return formatted == null ? null : formatted.toString();
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** 1 unless the claim says 2 (a number, or text ending in the digit, e.g. {@code "2"} or {@code "level2"}). */
    private static int level(Object value) {
        if (value instanceof Number number) {
            return Math.max(1, number.intValue());
        }
        if (value != null) {
            String text = value.toString().strip();
            if (!text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1))) {
                return Math.max(1, Character.digit(text.charAt(text.length() - 1), 10));
            }
        }
        return 1;
    }

    /** The token does not say who the citizen is. */
    static final class IncompleteIdentity extends RuntimeException {
        IncompleteIdentity(String message) {
            super(message);
        }
    }
}

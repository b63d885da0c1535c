package org.motcua.registry.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Unique identifiers in the national formats. Personal ID number: 3-digit province code (079 = Ho Chi Minh City),
 * one digit for sex and century (0 man / 1 woman born in the 1900s, 2 / 3 in the 2000s), the last two digits of the
 * birth year and 6 random digits. Enterprise tax codes: 10 digits starting {@code 03}; household businesses: 10 digits
 * starting {@code 8} (personal tax codes); branches add {@code -001}… No check digit is computed.
 */
final class DemoIds {

    private final DemoRandom random;
    private final Set<String> used = new HashSet<>();

    DemoIds(DemoRandom random) {
        this.random = random;
    }

    /** Claims an identifier fixed in advance (the featured demo people). */
    void reserve(String id) {
        if (!used.add(id)) {
            throw new IllegalStateException("Identifier " + id + " reserved twice");
        }
    }

    static String personalIdPrefix(LocalDate birthDate, String sex) {
        int year = birthDate.getYear();
        if (year < 1900 || year > 2099) {
            throw new IllegalArgumentException("No personal ID number for a birth in " + year);
        }
        int digit = (year >= 2000 ? 2 : 0) + ("female".equals(sex) ? 1 : 0);
        return "079" + digit + pad(year % 100, 2);
    }

    String personalId(LocalDate birthDate, String sex) {
        String prefix = personalIdPrefix(birthDate, sex);
        while (true) {
            String id = prefix + pad(random.between(0, 999_999), 6);
            if (used.add(id)) {
                return id;
            }
        }
    }

    /** {@code value} with leading zeros to {@code digits} digits. */
    static String pad(int value, int digits) {
        String text = Integer.toString(value);
        return text.length() >= digits ? text : "0".repeat(digits - text.length()) + text;
    }

    String enterpriseTaxCode() {
        return unique("03", 8);
    }

    String householdBusinessTaxCode() {
        return unique("8", 9);
    }

    private String unique(String prefix, int digits) {
        while (true) {
            StringBuilder id = new StringBuilder(prefix);
            for (int i = 0; i < digits; i++) {
                id.append(random.between(0, 9));
            }
            if (used.add(id.toString())) {
                return id.toString();
            }
        }
    }
}

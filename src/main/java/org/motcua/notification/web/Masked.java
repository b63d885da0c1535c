package org.motcua.notification.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data on the outbox page shown only as far as the administrator needs to tell messages apart: the first
 * characters and the domain of an e-mail address, the first three and last three digits of a phone, the first four
 * and last two of a personal ID; the same masks inside error texts.
 */
final class Masked {

    private static final Pattern EMAIL = Pattern.compile("([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
    private static final Pattern DIGITS = Pattern.compile("\\+?\\d{9,12}");

    private Masked() {
    }

    /** {@code hang.123@example.vn} → {@code ha***@example.vn}. */
    static String email(String address) {
        if (address == null) {
            return null;
        }
        int at = address.indexOf('@');
        if (at < 0) {
            return digits(address);
        }
        String local = address.substring(0, at);
        return local.substring(0, Math.min(2, local.length())) + "***" + address.substring(at);
    }

    /** {@code 0981234567} → {@code 098****567}; {@code 079212345678} → {@code 0792******78}. */
    static String digits(String value) {
        if (value == null) {
            return null;
        }
        int keepStart = value.length() >= 12 ? 4 : 3;
        int keepEnd = value.length() >= 12 ? 2 : 3;
        if (value.length() <= keepStart + keepEnd) {
            return "*".repeat(value.length());
        }
        return value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }

    /** {@code citizen:079212345678} → {@code citizen:0792******78}; staff accounts and report ids stay. */
    static String recipient(String key) {
        if (key == null || !key.startsWith("citizen:")) {
            return key;
        }
        return "citizen:" + digits(key.substring("citizen:".length()));
    }

    /** Any e-mail address or phone-like number inside a text (an SMTP or gateway error), masked. */
    static String text(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = EMAIL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(email(m.group())));
        }
        m.appendTail(out);
        Matcher d = DIGITS.matcher(out.toString());
        StringBuilder result = new StringBuilder();
        while (d.find()) {
            d.appendReplacement(result, Matcher.quoteReplacement(digits(d.group())));
        }
        d.appendTail(result);
        return result.toString();
    }
}

package org.motcua.notification;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The message texts, Vietnamese and English, from {@code notification/messages*.properties}: per template a
 * {@code .subject} (e-mail subject and in-app title), a {@code .body} (e-mail and in-app text) and an {@code .sms}.
 */
@Component
class Templates {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    Templates() {
        messages.setBasename("notification/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
    }

    String text(String template, String part, String language, Object... args) {
        return messages.getMessage("notification." + template + "." + part, args, locale(language));
    }

    static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    /** A time as people in Ho Chi Minh City read it. */
    static String when(Instant instant) {
        return instant == null ? "-" : WHEN.format(instant.atZone(ZONE));
    }

    /** An amount of VND: "3.000 đ" in Vietnamese, "3,000 VND" in English. */
    static String amount(long vnd, String language) {
        String digits = String.format(Locale.ROOT, "%,d", vnd);
        return "en".equals(language) ? digits + " VND" : digits.replace(',', '.') + " đ";
    }
}

package org.motcua.feedback;

import org.motcua.calendar.WorkingCalendars;
import org.motcua.identity.Caller;
import org.motcua.organization.Role;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Receives reports from every channel: checks them, computes the deadline with the working calendar, stores the
 * report, its photos and the first history line, and publishes {@link FeedbackReceived}; routing follows at once in
 * the background ({@link FeedbackAssignment}).
 */
@Service
public class FeedbackIntake {

    static final int MAX_DESCRIPTION = 4000;
    private static final Logger log = LoggerFactory.getLogger(FeedbackIntake.class);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .()-]{6,20}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Categories categories;
    private final FeedbackReports reports;
    private final FeedbackPhotos photos;
    private final WardBoundaries boundaries;
    private final WorkingCalendars calendars;
    private final FeedbackProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackIntake(Categories categories, FeedbackReports reports, FeedbackPhotos photos, WardBoundaries boundaries,
                   WorkingCalendars calendars, FeedbackProperties properties, ApplicationEventPublisher events,
                   Optional<Clock> clock) {
        this.categories = categories;
        this.reports = reports;
        this.photos = photos;
        this.boundaries = boundaries;
        this.calendars = calendars;
        this.properties = properties;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Receives a report.
     *
     * @param reporterSubject the logged-in citizen's personal ID or tax code, null when anonymous
     * @param operator        the hotline operator's account for {@link FeedbackChannel#HOTLINE}, else null
     * @param checkedPhotos   photos already passed through {@link FeedbackPhotos#accept(byte[])}
     */
    @Transactional
    public Submitted submit(NewReport in, FeedbackChannel channel, String reporterSubject, String operator,
                            List<Photo> checkedPhotos) {
        Category category = categories.requireLeaf(in.category());
        Map<String, String> attributes = check(in, category);
        photos.requireCount(checkedPhotos);
        Instant now = clock.instant();
        Instant due = calendars.deadline(now, category.workingDays()).due();
        long id = reports.nextId();
        Report report = Report.received(id, category.code(), in.description().strip(), channel, in.latitude(),
                in.longitude(), blankToNull(in.address()), blankToNull(in.ward()),
                operator != null ? operator : reporterSubject != null ? reporterSubject : "reporter", now, due);
        report.contactName = blankToNull(in.contactName());
        report.contactPhone = blankToNull(in.contactPhone());
        report.contactEmail = blankToNull(in.contactEmail());
        report.reporterSubject = reporterSubject;
        report.operator = operator;
        report.attributes = attributes;
        report.deviceId = blankToNull(in.deviceId());
        report.mediaUrl = blankToNull(in.mediaUrl());
        String followToken = token(32);
        report.open311Token = HexFormat.of().formatHex(randomBytes(12));
        reports.insert(report, hash(followToken));
        photos.store(id, "REPORT", checkedPhotos, now);
        report.events().forEach(events::publishEvent);
        List<Long> duplicates = in.latitude() == null ? List.of()
                : reports.nearbyOpen(category.code(), in.latitude(), in.longitude(),
                properties.duplicateRadiusMeters(), id);
        log.info("Feedback report {} received via {} in {}", id, channel, category.code());
        return new Submitted(id, followToken, report.open311Token, due, duplicates);
    }

    /**
     * A hotline 1022 call typed in by an operator: reception staff of the {@code hotline-unit}; the channel is
     * {@link FeedbackChannel#HOTLINE} and the operator is recorded.
     */
    @Transactional
    public Submitted submitByOperator(NewReport in, Caller operator, List<Photo> checkedPhotos) {
        boolean allowed = operator.kind() == Caller.Kind.STAFF && operator.grants().stream()
                .anyMatch(g -> g.unitSlug().equals(properties.hotlineUnit()) && g.role() == Role.RECEPTION);
        if (!allowed) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Hotline calls are typed in by reception staff of "
                    + properties.hotlineUnit());
        }
        return submit(in, FeedbackChannel.HOTLINE, null, operator.id(), checkedPhotos);
    }

    private Map<String, String> check(NewReport in, Category category) {
        boolean hasPoint = in.latitude() != null || in.longitude() != null;
        if (!hasPoint && blankToNull(in.address()) == null && blankToNull(in.ward()) == null) {
            throw new ProblemException(ErrorCode.FEEDBACK_LOCATION_MISSING,
                    "Say where it is: latitude and longitude, an address, or the ward",
                    List.of(new FieldProblem("latitude", "or address or ward is required")));
        }
        List<FieldProblem> errors = new ArrayList<>();
        if (in.description() == null || in.description().isBlank()) {
            errors.add(new FieldProblem("description", "is required"));
        } else if (in.description().strip().length() > MAX_DESCRIPTION) {
            errors.add(new FieldProblem("description", "is longer than " + MAX_DESCRIPTION + " characters"));
        }
        if (hasPoint) {
            if (in.latitude() == null || in.longitude() == null) {
                errors.add(new FieldProblem("longitude", "latitude and longitude go together"));
            } else if (in.latitude() < -90 || in.latitude() > 90 || in.longitude() < -180 || in.longitude() > 180
                    || in.latitude().isNaN() || in.longitude().isNaN()) {
                errors.add(new FieldProblem("latitude", "is not a WGS 84 latitude/longitude"));
            }
        }
        if (blankToNull(in.ward()) != null && !boundaries.isWardLevelUnit(in.ward())) {
            errors.add(new FieldProblem("ward", "'" + in.ward() + "' is not a ward-level unit"));
        }
        length(errors, "address", in.address(), 500);
        String media = blankToNull(in.mediaUrl());
        if (media != null && (media.length() > 1000 || !media.matches("(?i)^https?://[^\\s]+$"))) {
            errors.add(new FieldProblem("mediaUrl", "must be an http(s) URL of at most 1000 characters"));
        }
        length(errors, "contactName", in.contactName(), 200);
        if (blankToNull(in.contactEmail()) != null && !EMAIL.matcher(in.contactEmail().strip()).matches()) {
            errors.add(new FieldProblem("contactEmail", "is not an e-mail address"));
        }
        if (blankToNull(in.contactPhone()) != null && !PHONE.matcher(in.contactPhone().strip()).matches()) {
            errors.add(new FieldProblem("contactPhone", "is not a phone number"));
        }
        Map<String, String> given = in.attributes() == null ? Map.of() : in.attributes();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (CategoryAttribute a : category.attributes()) {
            String value = blankToNull(given.get(a.code()));
            if (value == null) {
                if (a.required()) {
                    errors.add(new FieldProblem("attribute[" + a.code() + "]", "is required"));
                }
                continue;
            }
            if (!a.values().isEmpty()) {
                List<String> keys = a.values().stream().map(CategoryAttribute.Value::key).toList();
                for (String v : value.split(",")) {
                    if (!keys.contains(v.strip())) {
                        errors.add(new FieldProblem("attribute[" + a.code() + "]", "must be one of " + keys));
                    }
                }
            }
            length(errors, "attribute[" + a.code() + "]", value, 1000);
            attributes.put(a.code(), value);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_FEEDBACK, "The report has invalid fields", errors);
        }
        return attributes;
    }

    private static void length(List<FieldProblem> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldProblem(field, "is longer than " + max + " characters"));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String token(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** SHA-256 (hex) of a token: tokens are stored only as hashes. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

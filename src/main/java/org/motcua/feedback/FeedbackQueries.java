package org.motcua.feedback;

import org.motcua.identity.Caller;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads reports for the public, for the reporter (private link) and for the units that handle them. */
@Service
@Transactional(readOnly = true)
public class FeedbackQueries {

    private final FeedbackReports reports;
    private final FeedbackPhotos photos;
    private final Categories categories;
    private final FeedbackProperties properties;
    private final Units units;
    private final Clock clock;

    FeedbackQueries(FeedbackReports reports, FeedbackPhotos photos, Categories categories,
                    FeedbackProperties properties, Units units, Optional<Clock> clock) {
        this.reports = reports;
        this.photos = photos;
        this.categories = categories;
        this.properties = properties;
        this.units = units;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Public list, newest first: optionally of one status, category or unit. */
    public List<PublicReport> publicList(FeedbackStatus status, String category, String unit, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("true");
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status.name());
        }
        if (category != null) {
            where.append(" and (category = :category or category like :prefix)");
            params.put("category", category);
            params.put("prefix", category + ".%");
        }
        if (unit != null) {
            where.append(" and unit_slug = :unit");
            params.put("unit", unit);
        }
        return reports.where(where.toString(), params, size, page * size).stream().map(this::toPublic).toList();
    }

    public PublicReport publicOne(long id) {
        return toPublic(reports.find(id).orElseThrow(FeedbackHandling::notFound));
    }

    /** The report behind the reporter's private token. */
    public ReportDetail forReporter(String followToken) {
        return detail(reports.byFollowTokenHash(FeedbackIntake.hash(followToken == null ? "" : followToken))
                .orElseThrow(FeedbackHandling::notFound));
    }

    /** The report id behind a follow token (for photo look-ups). */
    public long idOf(String followToken) {
        return forReporter(followToken).report().id();
    }

    /**
     * For staff of the report's unit (any role) or of a unit that held it before a transfer, city-wide staff and the
     * hotline operators (who answer callers asking about any report).
     */
    public ReportDetail forStaff(long id, Caller caller) {
        Report report = reports.find(id).orElseThrow(FeedbackHandling::notFound);
        if (!canRead(report, caller)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only the unit handling the report sees its details");
        }
        return detail(report);
    }

    /** Reports of the caller's units (every unit for city-wide staff), optionally of one status or only overdue. */
    public List<ReportSummary> inbox(Caller caller, FeedbackStatus status, boolean overdueOnly, int page, int size) {
        if (caller.kind() != Caller.Kind.STAFF) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "For staff only");
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        if (caller.cityWide()) {
            where.append("true");
        } else {
            where.append("unit_slug in (:units)");
            params.put("units", caller.grants().stream().map(g -> g.unitSlug()).distinct().toList());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status.name());
        }
        if (overdueOnly) {
            where.append(" and status in ('ASSIGNED', 'IN_PROGRESS') and due_at < :now");
            params.put("now", java.sql.Timestamp.from(clock.instant()));
        }
        return reports.where(where.toString(), params, size, page * size).stream().map(this::summary).toList();
    }

    /**
     * The handlers' inbox: reports assigned to the units the caller holds a grant in (city-wide staff too: the city
     * unit's list is what routing left for dispatch), the nearest deadline first; optionally of one status, of a
     * category or group, or only overdue ones; with the possible duplicates of each line.
     */
    public ReportPage unitInbox(Caller caller, FeedbackStatus status, String category, boolean overdueOnly, int page,
                                int size) {
        List<String> own = caller.kind() == Caller.Kind.STAFF
                ? caller.grants().stream().map(g -> g.unitSlug()).distinct().toList() : List.of();
        if (own.isEmpty()) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "For staff of a unit only");
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("unit_slug in (:units)");
        params.put("units", own);
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status.name());
        }
        if (category != null) {
            where.append(" and (category = :category or category like :prefix)");
            params.put("category", category);
            params.put("prefix", category + ".%");
        }
        if (overdueOnly) {
            where.append(" and status in ('ASSIGNED', 'IN_PROGRESS') and due_at < :now");
            params.put("now", java.sql.Timestamp.from(clock.instant()));
        }
        return page(where.toString(), params, page, size);
    }

    /** Unanswered reports past their deadline (escalated or about to be) across every unit: for the city level. */
    public ReportPage overdueAcrossUnits(Caller caller, int page, int size) {
        if (!isCityLevel(caller)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "The escalation list is for the city level");
        }
        return page("status in ('ASSIGNED', 'IN_PROGRESS') and (escalated_at is not null or due_at < :now)",
                Map.of("now", java.sql.Timestamp.from(clock.instant())), page, size);
    }

    /** City-wide staff (administrator, auditor) and the hotline operators (reception of {@code hotline-unit}). */
    public boolean isCityLevel(Caller caller) {
        return caller.kind() == Caller.Kind.STAFF && (caller.cityWide() || caller.grants().stream()
                .anyMatch(g -> g.unitSlug().equals(properties.hotlineUnit())
                        && g.role() == org.motcua.organization.Role.RECEPTION));
    }

    private ReportPage page(String where, Map<String, Object> params, int page, int size) {
        long[] counts = reports.countWhere(where, params, clock.instant());
        List<ReportPage.Entry> items = reports.whereByDeadline(where, params, size, page * size).stream()
                .map(r -> new ReportPage.Entry(summary(r), r.latitude() == null || !r.status().awaitsAnswer()
                        ? List.of() : reports.nearbyOpen(r.category(), r.latitude(), r.longitude(),
                        properties.duplicateRadiusMeters(), r.id())))
                .toList();
        return new ReportPage(items, counts[0], counts[1]);
    }

    /** Reports escalated to the city level and still unanswered: for city-wide staff. */
    public List<ReportSummary> escalated(Caller caller, int page, int size) {
        if (!caller.cityWide()) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "The escalation list is for the city level");
        }
        return reports.where("escalated_at is not null and status in ('ASSIGNED', 'IN_PROGRESS')", Map.of(),
                size, page * size).stream().map(this::summary).toList();
    }

    /** Open reports of the category near the point (shown before and after submitting). */
    public List<Long> possibleDuplicates(String category, double latitude, double longitude) {
        categories.requireLeaf(category);
        return reports.nearbyOpen(category, latitude, longitude, properties.duplicateRadiusMeters(), -1);
    }

    /** Reports by id for Open311 (any status), in the given order, unknown ids left out. */
    List<Report> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return reports.where("id in (:ids)", Map.of("ids", ids), ids.size(), 0);
    }

    /** Reports received from {@code from} (inclusive) to {@code to} (exclusive) for Open311's search, newest first. */
    List<Report> received(Instant from, Instant to, Set<String> services, FeedbackStatus status,
                          boolean closed, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("received_at >= :from and received_at < :to");
        params.put("from", java.sql.Timestamp.from(from));
        params.put("to", java.sql.Timestamp.from(to));
        if (!services.isEmpty()) {
            where.append(" and category in (:services)");
            params.put("services", services);
        }
        if (status != null) {
            where.append(closed ? " and status = 'CLOSED'" : " and status <> 'CLOSED'");
        }
        return reports.where(where.toString(), params, limit, 0);
    }

    Optional<Long> idByOpen311Token(String token) {
        return reports.idByOpen311Token(token);
    }

    private boolean canRead(Report report, Caller caller) {
        if (caller.kind() != Caller.Kind.STAFF) {
            return false;
        }
        if (isCityLevel(caller) || caller.id().equals(report.operator)
                || caller.grants().stream().anyMatch(g -> g.unitSlug().equals(report.unit()))) {
            return true;
        }
        // a unit that held the report before a transfer still sees it
        Set<String> held = reports.history(report.id()).stream().map(ReportHistoryEntry::unit)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return caller.grants().stream().anyMatch(g -> held.contains(g.unitSlug()));
    }

    PublicReport toPublic(Report r) {
        String categoryName = categories.find(r.category()).map(Category::nameVi).orElse(r.category());
        String unitName = r.unit() == null ? null : units.find(r.unit()).map(Unit::nameVi).orElse(r.unit());
        List<Long> answerPhotos = r.answer() == null ? List.of() : photos.of(r.id()).stream()
                .filter(p -> p.kind().equals("ANSWER")).map(PhotoRef::id).toList();
        return new PublicReport(r.id(), r.category(), categoryName, r.status(), r.description(), r.address(),
                r.latitude(), r.longitude(), r.unit(), unitName, "APPROXIMATE_BOUNDARY".equals(r.routedBy()),
                r.receivedAt(), r.dueAt(), r.answer(), r.answeredAt(), r.onTime(), r.closedAt(), r.rating(),
                answerPhotos);
    }

    private ReportDetail detail(Report r) {
        List<Long> duplicates = r.latitude() == null || !r.status().awaitsAnswer() ? List.of()
                : reports.nearbyOpen(r.category(), r.latitude(), r.longitude(), properties.duplicateRadiusMeters(),
                r.id());
        return new ReportDetail(toPublic(r), r.channel(), r.contactName, r.contactPhone, r.contactEmail, r.operator,
                r.routedBy(), r.attributes, r.escalatedAt(), r.reopenCount, r.ratingComment, photos.of(r.id()),
                duplicates, reports.history(r.id()));
    }

    private ReportSummary summary(Report r) {
        Instant now = clock.instant();
        boolean overdue = r.status().awaitsAnswer() && r.dueAt().isBefore(now);
        String start = r.description().length() > 120 ? r.description().substring(0, 120) + "…" : r.description();
        return new ReportSummary(r.id(), r.category(), r.status(), r.channel(), r.unit(), r.receivedAt(),
                r.dueAt(), overdue, r.escalatedAt(), start);
    }

    static Set<String> toSet(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return Set.of();
        }
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    /** How reports are handled, by id after {@code after} (for rebuilding other modules' counts). */
    public List<ReportHandling> handling(long after, int limit) {
        return reports.handlingPage(after, limit);
    }

    /** How one report is handled now (empty: no such report). */
    public Optional<ReportHandling> handlingOf(long id) {
        return reports.handlingOne(id);
    }
}

package org.motcua.feedback;

import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reports as Open311 GeoReport v2 service requests: the search with the standard filters (by default the last 90
 * days, at most 1,000 requests), one request, and the token look-up.
 */
@Service
@Transactional(readOnly = true)
public class Open311Requests {

    public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    public static final int MAX_RESULTS = 1000;

    private final FeedbackQueries queries;
    private final FeedbackPhotos photos;
    private final Categories categories;
    private final Units units;
    private final Clock clock;

    Open311Requests(FeedbackQueries queries, FeedbackPhotos photos, Categories categories, Units units,
                    Optional<Clock> clock) {
        this.queries = queries;
        this.photos = photos;
        this.categories = categories;
        this.units = units;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The standard search: {@code ids} (when given, the other filters are ignored), service codes, the received
     * window ({@code start}/{@code end}; missing ends make a 90-day window) and {@code open}/{@code closed}.
     */
    public List<Open311Request> search(List<Long> ids, Set<String> serviceCodes, Instant start, Instant end,
                                       String status) {
        if (!ids.isEmpty()) {
            return queries.byIds(ids).stream().map(this::toOpen311).toList();
        }
        Instant to = end != null ? end : start != null ? start.plus(DEFAULT_WINDOW) : clock.instant().plusSeconds(1);
        Instant from = start != null ? start : to.minus(DEFAULT_WINDOW);
        FeedbackStatus filter = status == null ? null : status.equals("closed") ? FeedbackStatus.CLOSED
                : FeedbackStatus.ASSIGNED;
        return queries.received(from, to, serviceCodes, filter, "closed".equals(status), MAX_RESULTS).stream()
                .map(this::toOpen311).toList();
    }

    public Optional<Open311Request> one(long id) {
        return queries.byIds(List.of(id)).stream().findFirst().map(this::toOpen311);
    }

    public Optional<Long> idOfToken(String token) {
        return queries.idByOpen311Token(token);
    }

    private Open311Request toOpen311(Report r) {
        String serviceName = categories.find(r.category()).map(Category::nameVi).orElse(r.category());
        String agency = r.unit() == null ? null : units.find(r.unit()).map(Unit::nameVi).orElse(r.unit());
        Instant updated = r.updatedAt();
        String media = r.mediaUrl != null ? r.mediaUrl : photos.of(r.id()).stream().filter(p -> p.kind().equals("ANSWER")).findFirst()
                .map(p -> "/api/v1/feedback/public/reports/" + r.id() + "/photos/" + p.id()).orElse(null);
        return new Open311Request(String.valueOf(r.id()), r.status().open311(), r.answer(), serviceName,
                r.category(), r.description(), agency, null, r.receivedAt(), updated, r.dueAt(), r.address(),
                r.chosenUnit, r.latitude(), r.longitude(), media);
    }
}

package org.motcua.notification;

import org.motcua.audit.AuditLog;
import org.motcua.identity.Caller;
import org.motcua.organization.Role;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox as the city administrator (and the city auditor, read-only) sees it: messages by status, channel and
 * recipient; a dead letter can be sent again, which is audited.
 */
@Service
public class OutboxAdministration {

    private static final String CITY = "tp-ho-chi-minh";

    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    OutboxAdministration(Outbox outbox, AuditLog audit, Optional<Clock> clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public List<OutboxEntry> list(Caller caller, MessageStatus status, Channel channel, String recipient, int page,
                                  int size) {
        return list(caller, status == null ? Set.of() : Set.of(status), channel, recipient, page, size);
    }

    /** Messages of any of the statuses (all when none), newest first, a page of {@code size} at a time. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> list(Caller caller, Set<MessageStatus> statuses, Channel channel, String recipient,
                                  int page, int size) {
        requireCityWide(caller);
        if (page < 0 || size < 1 || size > 200) {
            throw ProblemException.invalidParameter(page < 0 ? "page" : "size",
                    page < 0 ? "must be 0 or more" : "must be between 1 and 200");
        }
        return outbox.list(statuses, channel, recipient == null || recipient.isBlank() ? null : recipient.trim(), size,
                (long) page * size);
    }

    /** E-mail and SMS messages per status and channel. */
    @Transactional(readOnly = true)
    public List<OutboxCount> counts(Caller caller) {
        requireCityWide(caller);
        return outbox.counts();
    }

    /** Whether the caller may send dead letters again (the city administrator; the auditor only reads). */
    public static boolean mayRetry(Caller caller) {
        return caller.kind() == Caller.Kind.STAFF
                && caller.grants().stream().anyMatch(g -> CITY.equals(g.unitSlug()) && g.role() == Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public OutboxEntry get(Caller caller, long id) {
        requireCityWide(caller);
        return outbox.find(id).filter(e -> e.channel() != Channel.IN_APP).orElseThrow(() -> notFound(id));
    }

    /** Sends a dead letter again (attempts start over); audited as {@code NOTIFICATION_RETRIED}. */
    @Transactional
    public OutboxEntry retry(Caller caller, long id) {
        if (!mayRetry(caller)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only the city administrator retries notifications");
        }
        OutboxEntry entry = outbox.find(id).filter(e -> e.channel() != Channel.IN_APP)
                .orElseThrow(() -> notFound(id));
        if (!outbox.retry(id, clock.instant())) {
            throw new ProblemException(ErrorCode.NOTIFICATION_NOT_DEAD, "Notification " + id + " is "
                    + entry.status() + ", not dead");
        }
        audit.record(caller.id(), "NOTIFICATION_RETRIED", "notification:" + id,
                Map.of("event", entry.eventKey(), "channel", entry.channel().name(),
                        "lastError", entry.lastError() == null ? "" : entry.lastError()));
        return outbox.find(id).orElseThrow();
    }

    private static void requireCityWide(Caller caller) {
        if (caller.kind() != Caller.Kind.STAFF || !caller.cityWide()) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "The outbox is for the city administrator and auditor");
        }
    }

    private static ProblemException notFound(long id) {
        return new ProblemException(ErrorCode.NOTIFICATION_NOT_FOUND, "No notification " + id + " in the outbox");
    }
}

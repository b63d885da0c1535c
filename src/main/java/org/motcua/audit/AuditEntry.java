package org.motcua.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the audit trail.
 *
 * @param action  a stable code such as {@code CALENDAR_DAY_SET}; never renamed once used
 * @param subject what was touched, e.g. {@code calendar-day:2026-04-27}
 * @param details the facts of the change (old and new values, reason)
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subject,
                         Map<String, Object> details) {
}

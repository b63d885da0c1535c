package org.motcua.registry;

import java.time.Instant;

/**
 * What an auditor looks for in the registry access log; null members do not filter.
 *
 * @param subject whose data (personal ID number or tax code), exactly
 * @param reader  who read (staff username, personal ID number, component), exactly
 * @param purpose the purpose exactly, or a prefix followed by {@code *} (e.g. {@code prefill:*})
 * @param from    reads at or after this instant
 * @param to      reads before this instant
 */
public record AccessLogQuery(String subject, String reader, String purpose, Instant from, Instant to) {
}

package org.motcua.notification;

import java.time.Instant;

/** A message of the outbox as the city administrator sees it. */
public record OutboxEntry(long id, String eventKey, String template, String recipient, Channel channel,
                          String address, String language, String subject, String body, MessageStatus status,
                          int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}

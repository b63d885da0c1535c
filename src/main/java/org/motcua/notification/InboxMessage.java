package org.motcua.notification;

import java.time.Instant;

/** A message of a person's in-app inbox; {@code readAt} is null while unread. */
public record InboxMessage(long id, String template, String subject, String body, String link, Instant createdAt,
                           Instant readAt) {
}

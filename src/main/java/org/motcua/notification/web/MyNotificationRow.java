package org.motcua.notification.web;

/** One message of the citizen's inbox page; {@code link} is null when the message has none. */
public record MyNotificationRow(long id, String subject, String body, String link, String sentAt, boolean unread) {
}

package org.motcua.notification;

/** How many e-mail or SMS messages of the outbox are in one status. */
public record OutboxCount(MessageStatus status, Channel channel, long count) {
}

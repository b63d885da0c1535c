package org.motcua.notification.web;

/** A row of the outbox page's counts: one channel, its messages per status. */
public record OutboxCountRow(String channel, String channelKey, long pending, long sent, long dead) {
}

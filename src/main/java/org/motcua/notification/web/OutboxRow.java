package org.motcua.notification.web;

/**
 * One e-mail or SMS of the outbox page, masked: no subject or body, the address and recipient partly hidden.
 *
 * @param retryable a dead letter the caller may send again
 */
public record OutboxRow(long id, String channelKey, String status, String template, String recipient, String address,
                       int attempts, String nextAttemptAt, String lastError, String createdAt, boolean retryable) {
}

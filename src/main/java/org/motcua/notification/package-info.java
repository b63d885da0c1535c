/**
 * Notifications: e-mail, SMS and in-app messages for what a citizen or official must know, written to an outbox in
 * the transaction that handles the event and sent by a worker with retries, back-off, dead letters and rate limits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.motcua.notification;

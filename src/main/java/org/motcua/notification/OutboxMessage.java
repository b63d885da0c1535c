package org.motcua.notification;

/** A message to be sent, as the worker claims it. */
record OutboxMessage(long id, String eventKey, String template, String recipient, Channel channel, String address,
                     String language, String subject, String body, String link, int attempts) {
}

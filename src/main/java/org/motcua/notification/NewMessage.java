package org.motcua.notification;

/** A message to be written to the outbox. */
record NewMessage(String eventKey, String template, String recipient, Channel channel, String address,
                  String language, String subject, String body, String link) {
}

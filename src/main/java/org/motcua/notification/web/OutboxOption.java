package org.motcua.notification.web;

/** An option of a filter on the outbox page: the value sent, the message key of its text, whether it is chosen. */
public record OutboxOption(String value, String textKey, boolean selected) {
}

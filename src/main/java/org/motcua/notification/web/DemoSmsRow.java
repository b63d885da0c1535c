package org.motcua.notification.web;

/** One SMS as the demo page shows it. */
public record DemoSmsRow(String to, String text, String encoding, int segments, String receivedAt) {
}

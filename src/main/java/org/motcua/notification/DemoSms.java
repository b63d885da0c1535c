package org.motcua.notification;

import java.time.Instant;

/** An SMS the demo gateway received. */
public record DemoSms(long id, String reference, String to, String text, String encoding, int segments,
                      Instant receivedAt) {
}

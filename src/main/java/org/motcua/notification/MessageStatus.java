package org.motcua.notification;

/** Where a message of the outbox is. */
public enum MessageStatus {
    /** Waiting for (another) attempt. */
    PENDING,
    /** Accepted by the SMTP server or the SMS gateway, or stored in the in-app inbox. */
    SENT,
    /** Given up after the last attempt (or a permanent refusal); the reason is kept; the city admin may retry. */
    DEAD
}

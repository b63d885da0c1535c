package org.motcua.notification;

/** How a message reaches its person. */
public enum Channel {
    /** E-mail through SMTP. */
    EMAIL,
    /** SMS through the gateway. */
    SMS,
    /** The person's inbox on the portal; delivered when written. */
    IN_APP
}

package org.motcua.feedback;

/** How a report reached the platform. */
public enum FeedbackChannel {
    /** The web portal (or this API called by it). */
    WEB,
    /** The Open311 GeoReport v2 API (mobile apps, Zalo bots), with an API key. */
    OPEN311,
    /** A hotline 1022 operator typed in a phone call. */
    HOTLINE
}

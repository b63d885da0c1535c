package org.motcua.database;

import java.util.UUID;

/**
 * A listener finished an event whose publication another delivery had completed meanwhile: its transaction is rolled
 * back, so that the event's work is committed once. Harmless; logged by the listener's executor.
 */
final class PublicationAlreadyCompletedException extends RuntimeException {

    PublicationAlreadyCompletedException(UUID publication) {
        super("Event publication " + publication + " was completed by another delivery of the same event; this "
                + "delivery's work is rolled back (a node restarted or took the first delivery as lost)");
    }
}

package org.motcua.database;

import java.util.UUID;

/**
 * What the event publication registry and the transaction manager tell each other on the thread that runs a
 * listener: the publication the listener is about to handle ({@link #expect}), and whether its listener transaction
 * committed the publication's completion ({@link #committed}). The registry marks a publication as processing on the
 * listener's thread just before it invokes the listener, and completed on the same thread just after.
 */
final class ListenerCompletions {

    private static final ThreadLocal<UUID> EXPECTED = new ThreadLocal<>();
    private static final ThreadLocal<UUID> COMMITTED = new ThreadLocal<>();

    private ListenerCompletions() {
    }

    static void expect(UUID publication) {
        EXPECTED.set(publication);
        COMMITTED.remove();
    }

    /** The publication waiting for its listener's transaction to begin, handed over once. */
    static UUID takeExpected() {
        UUID expected = EXPECTED.get();
        EXPECTED.remove();
        return expected;
    }

    static void committed(UUID publication) {
        COMMITTED.set(publication);
    }

    /** Whether the listener's own transaction marked this publication completed (and forgets it). */
    static boolean takeCommitted(UUID publication) {
        boolean committed = publication.equals(COMMITTED.get());
        COMMITTED.remove();
        EXPECTED.remove();
        return committed;
    }

    static void forget() {
        EXPECTED.remove();
        COMMITTED.remove();
    }
}

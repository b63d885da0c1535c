package org.motcua.documents.web;

import java.util.Set;

/** What a page confirms after a successful form ({@code ?done=issued}); an unknown value confirms nothing. */
final class Done {

    private static final Set<String> OUTCOMES = Set.of("drafted", "issued", "abandoned", "attached", "registered",
            "assigned", "reported", "closed");

    private Done() {
    }

    /** The message key {@code documents.done.<outcome>}, or null. */
    static String key(String done) {
        return done != null && OUTCOMES.contains(done) ? "documents.done." + done : null;
    }
}

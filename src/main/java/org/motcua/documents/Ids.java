package org.motcua.documents;

import java.util.regex.Pattern;

/** Identifiers of documents are UUIDs; anything else names nothing (404, not a database error). */
final class Ids {

    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$");

    private Ids() {
    }

    static boolean valid(String id) {
        return id != null && UUID.matcher(id).matches();
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package org.motcua.dossier.web;

import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The answers of an application not yet submitted, kept in the citizen's session (one per procedure), so that a
 * refresh or the back button loses nothing. Uploaded files wait here too until the dossier exists.
 */
final class ApplicationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Idempotency key of the submission: pressing "submit" twice makes one dossier. */
    final String key = UUID.randomUUID().toString();
    /** null until the consent step is answered. */
    Boolean consented;
    UUID consentId;
    final Map<String, String> prefilled = new LinkedHashMap<>();
    final Map<String, String> sources = new LinkedHashMap<>();
    final Map<String, String> answers = new LinkedHashMap<>();
    final Set<Integer> answeredPages = new HashSet<>();
    List<String> componentsFromRegistry = List.of();
    List<String> registryProblems = List.of();
    final Map<String, Upload> uploads = new LinkedHashMap<>();
    boolean uploadsDone;
    /** Items of each list asked so far ("add another"); null in drafts kept before lists were asked. */
    private Map<String, Integer> items = new LinkedHashMap<>();
    /** The ward (or commune) the dossier is sent to, and the applicant's phone. */
    String unit;
    String phone;

    Map<String, Integer> items() {
        if (items == null) {
            items = new LinkedHashMap<>();
        }
        return items;
    }

    record Upload(String name, String contentType, byte[] content) implements Serializable {
    }

    static String attribute(String procedureCode) {
        return "motcua.apply." + procedureCode;
    }
}

package org.motcua.dossier.web;

import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The answers of an application not yet submitted: a citizen's online application, kept in the database by
 * {@link ApplicationDrafts} (one per applicant and procedure), or the form part of a desk's intake, kept in the
 * official's session ({@link IntakeDraft}). Uploaded files wait here too until the dossier exists.
 */
final class ApplicationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Idempotency key of the submission: pressing "submit" twice makes one dossier. */
    String key = UUID.randomUUID().toString();
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

    /** Items of each list asked so far, as stored. */
    void items(Map<String, Integer> stored) {
        items = new LinkedHashMap<>(stored);
    }

    Map<String, Integer> items() {
        if (items == null) {
            items = new LinkedHashMap<>();
        }
        return items;
    }

    /** A file given for a component; {@code content} is null in a stored draft until it is submitted. */
    record Upload(String name, String contentType, byte[] content) implements Serializable {
    }
}

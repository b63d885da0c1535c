package org.motcua.dossier;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies a consent to a submission: its registry values fill the form and the missing applicant details, and they
 * cannot be overwritten (a wrong value is flagged, not edited).
 */
final class ConsentUse {

    private ConsentUse() {
    }

    record Applied(Applicant applicant, JsonNode form, JsonNode registryData, List<String> reusedFields) {
    }

    static void check(Consent consent, SubmitDossier request, Actor by, ProcedureTerms terms, Instant now) {
        String problem = !consent.subjectId().equals(by.id()) ? "was given by someone else"
                : !consent.procedureCode().equals(terms.code()) ? "was given for another procedure"
                : consent.usedByDossier() != null ? "was already used by dossier " + consent.usedByDossier()
                : !consent.expiresAt().isAfter(now) ? "has expired; consent again" : null;
        if (problem != null) {
            throw new ProblemException(ErrorCode.INVALID_DOSSIER, "The consent " + problem,
                    List.of(new FieldProblem("consentId", problem)));
        }
    }

    static Applied apply(Consent consent, SubmitDossier request, JsonMapper json) {
        ObjectNode form = request.form() != null && request.form().isObject() ? (ObjectNode) request.form().deepCopy()
                : json.createObjectNode();
        List<FieldProblem> conflicts = new ArrayList<>();
        List<String> reused = new ArrayList<>();
        collect(consent.prefilledForm(), "", (path, value) -> {
            JsonNode given = at(form, path);
            if (given != null && !given.isNull() && !given.asString("").isBlank()
                    && !given.asString("").equals(value)) {
                conflicts.add(new FieldProblem("form." + path, "comes from " + consent.sources().getOrDefault(path,
                        "the registry") + " and cannot be changed here; flag it if it is wrong"));
            }
            RegistryConsents.put(form, path, value);
            reused.add("form." + path);
        });
        if (!conflicts.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_FORM_DATA, "Values from the registries were changed",
                    conflicts);
        }
        Applicant a = request.applicant() == null ? new Applicant(null, null, null, null, null, null, null)
                : request.applicant();
        Map<String, String> fromRegistry = consent.applicant();
        Applicant merged = new Applicant(
                pick(a.personalId(), fromRegistry.get("personalId"), reused, "applicant.personalId"),
                pick(a.taxCode(), fromRegistry.get("taxCode"), reused, "applicant.taxCode"),
                pick(a.fullName(), fromRegistry.get("fullName"), reused, "applicant.fullName"),
                a.dateOfBirth() != null ? a.dateOfBirth() : fromRegistry.get("dateOfBirth") == null ? null
                        : reusedDate(fromRegistry.get("dateOfBirth"), reused),
                a.phone(), a.email(),
                pick(a.address(), fromRegistry.get("address"), reused, "applicant.address"));
        ObjectNode data = json.createObjectNode();
        data.set("values", consent.prefilledForm());
        data.set("applicant", json.valueToTree(consent.applicant()));
        data.set("sources", json.valueToTree(consent.sources()));
        data.set("outcomes", json.valueToTree(consent.outcomes()));
        data.put("consentedAt", consent.givenAt().toString());
        data.put("consentText", consent.textVersion());
        return new Applied(merged, form, data, reused);
    }

    private static String pick(String given, String registry, List<String> reused, String field) {
        if ((given == null || given.isBlank()) && registry != null) {
            reused.add(field);
            return registry;
        }
        return given;
    }

    private static LocalDate reusedDate(String value, List<String> reused) {
        reused.add("applicant.dateOfBirth");
        return LocalDate.parse(value);
    }

    private static void collect(JsonNode node, String prefix, java.util.function.BiConsumer<String, String> out) {
        if (node == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue().isObject()) {
                collect(e.getValue(), path, out);
            } else {
                out.accept(path, e.getValue().asString());
            }
        }
    }

    private static JsonNode at(JsonNode form, String path) {
        JsonNode node = form;
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }
}

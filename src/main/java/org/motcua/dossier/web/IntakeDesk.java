package org.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ComponentSource;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.catalog.Registry;
import org.motcua.dossier.Actor;
import org.motcua.dossier.web.IntakeViews.IntakeContext;
import org.motcua.organization.Role;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the counter intake pages share: who may use them (an official holding the reception role somewhere), the
 * procedure, the draft in the session, and the names of units.
 */
@Component
class IntakeDesk {

    static final String FORBIDDEN_VIEW = "dossier/intakeForbidden";
    /** Idempotency keys of drafts already submitted in this session → their dossier codes (browser resubmits). */
    private static final String SUBMITTED = "motcua.intake.submitted";

    private final Catalog catalog;
    private final Units units;
    private final Actors actors;

    IntakeDesk(Catalog catalog, Units units, Actors actors) {
        this.catalog = catalog;
        this.units = units;
        this.actors = actors;
    }

    /** The official, when they work at a one-stop desk; null for anyone else. */
    Actor official(Authentication authentication) {
        Actor me = actors.of(authentication);
        return desks(me).isEmpty() ? null : me;
    }

    /** The units whose one-stop desk the official works at. */
    static List<String> desks(Actor me) {
        return me.grants().stream().filter(g -> g.role() == Role.RECEPTION).map(g -> g.unitSlug()).distinct().toList();
    }

    /** The 403 page for an official who is not at a desk. */
    static String forbidden(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return FORBIDDEN_VIEW;
    }

    ProcedureDefinition procedure(String code) {
        return catalog.findCurrent(code).map(ProcedureVersion::definition)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static IntakeContext context(ProcedureDefinition d, Locale locale) {
        return new IntakeContext(d.code(), english(locale) ? d.name().en() : d.name().vi(), "/staff/intake/" + d.code());
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** The procedure is applied for by organisations: it reads the business registry. */
    static boolean forOrganisations(ProcedureDefinition d) {
        return d.components().stream().anyMatch(c -> c.source() == ComponentSource.REGISTRY
                && c.registry() == Registry.BUSINESS) || d.prefill().values().stream()
                .anyMatch(s -> s.startsWith("business."));
    }

    String unitName(String slug, Locale locale) {
        if (slug == null) {
            return "";
        }
        return units.find(slug).map(u -> english(locale) ? u.nameEn() : u.nameVi()).orElse(slug);
    }

    Units units() {
        return units;
    }

    static boolean wardLevel(Unit unit) {
        return unit.type().isWardLevel();
    }

    // ---- the draft in the session

    /** The address of the first step of the draft not done yet, or of the check page. */
    static String nextStep(IntakeDraft draft) {
        String base = "/staff/intake/" + draft.procedureCode;
        return !draft.procedureDone ? base : !draft.applicantDone ? base + "/applicant"
                : !draft.formDone ? base + "/form" : !draft.uploadsDone ? base + "/uploads" : base + "/check";
    }

    /** The draft of this procedure, or null when the session holds none (or one of another procedure). */
    static IntakeDraft draft(HttpSession session, String code) {
        Object draft = session.getAttribute(IntakeDraft.ATTRIBUTE);
        return draft instanceof IntakeDraft d && d.procedureCode.equals(code) ? d : null;
    }

    /** The draft of this procedure, a new one when there is none (replacing another procedure's). */
    static IntakeDraft draftOrNew(HttpSession session, String code) {
        IntakeDraft draft = draft(session, code);
        if (draft == null) {
            draft = new IntakeDraft(code);
            save(session, draft);
        }
        return draft;
    }

    /** Writes the draft back, so that a replicated session store sees the change. */
    static void save(HttpSession session, IntakeDraft draft) {
        session.setAttribute(IntakeDraft.ATTRIBUTE, draft);
    }

    @SuppressWarnings("unchecked")
    static String submitted(HttpSession session, String key) {
        Object map = session.getAttribute(SUBMITTED);
        return key == null || !(map instanceof Map) ? null : ((Map<String, String>) map).get(key);
    }

    /** The draft became this dossier: forget the draft, remember its key so a resubmit finds the dossier. */
    @SuppressWarnings("unchecked")
    static void submitted(HttpSession session, IntakeDraft draft, String dossierCode) {
        Object map = session.getAttribute(SUBMITTED);
        LinkedHashMap<String, String> keys = map instanceof LinkedHashMap ? (LinkedHashMap<String, String>) map
                : new LinkedHashMap<>();
        keys.put(draft.key, dossierCode);
        while (keys.size() > 50) {
            keys.remove(keys.keySet().iterator().next());
        }
        session.setAttribute(SUBMITTED, keys);
        if (session.getAttribute(IntakeDraft.ATTRIBUTE) == draft) {
            session.removeAttribute(IntakeDraft.ATTRIBUTE);
        }
    }
}

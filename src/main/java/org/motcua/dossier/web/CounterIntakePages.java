package org.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Channel;
import org.motcua.dossier.web.ApplyViews.UnitOption;
import org.motcua.dossier.web.IntakeViews.ProcedureHit;
import org.motcua.dossier.web.IntakeViews.ProcedureStep;
import org.motcua.organization.Unit;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counter intake (tiếp nhận hồ sơ trực tiếp), first steps: the official finds the procedure (diacritics-insensitive,
 * as on the citizens' home), then chooses the channel (in person or by post), their desk when they work at several,
 * and the competent unit when the procedure's tier does not decide it — any ward, whichever desk receives it.
 */
@PageController
class CounterIntakePages {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Catalog catalog;
    private final IntakeDesk desk;

    CounterIntakePages(Catalog catalog, IntakeDesk desk) {
        this.catalog = catalog;
        this.desk = desk;
    }

    @GetMapping("/staff/intake")
    String search(@RequestParam(required = false) String q, Authentication who, Locale locale, Model model,
                  HttpServletResponse response) {
        if (desk.official(who) == null) {
            return IntakeDesk.forbidden(response);
        }
        String query = q == null ? "" : q.strip();
        List<ProcedureHit> hits = catalog.search(query, null, null).stream().map(v -> v.definition())
                .map(d -> new ProcedureHit(d.code(), IntakeDesk.english(locale) ? d.name().en() : d.name().vi(),
                        d.competentUnit().isWardLevel() ? null : desk.unitName(d.competentUnit().department(), locale),
                        "/staff/intake/" + d.code()))
                .toList();
        model.addAttribute("query", query);
        model.addAttribute("hits", hits);
        return "dossier/intakeSearch";
    }

    // ---- channel, desk and competent unit

    @GetMapping("/staff/intake/{code}")
    String procedure(@PathVariable String code, @RequestParam(name = "return", required = false) String returnTo,
                     Authentication who, HttpSession session, Locale locale, Model model,
                     HttpServletResponse response) {
        Actor me = desk.official(who);
        if (me == null) {
            return IntakeDesk.forbidden(response);
        }
        ProcedureDefinition d = desk.procedure(code);
        IntakeDraft draft = IntakeDesk.draftOrNew(session, d.code());
        model.addAttribute("returnTo", "check".equals(returnTo) ? "check" : "");
        return procedurePage(d, me, draft.channel, draft.receivingUnit, draft.competentUnit, FormErrors.none(),
                locale, model);
    }

    private String procedurePage(ProcedureDefinition d, Actor me, String channel, String receiving,
                                 String competent, FormErrors errors, Locale locale, Model model) {
        List<String> desks = IntakeDesk.desks(me);
        String chosenDesk = receiving != null ? receiving : desks.get(0);
        List<UnitOption> deskOptions = desks.size() < 2 ? List.of() : desks.stream()
                .map(slug -> new UnitOption(slug, desk.unitName(slug, locale), slug.equals(chosenDesk))).toList();
        List<UnitOption> wards = List.of();
        String fixedCompetent = null;
        if (d.competentUnit().isWardLevel()) {
            String chosen = competent != null ? competent
                    : desk.units().find(chosenDesk).filter(IntakeDesk::wardLevel).map(Unit::slug).orElse(null);
            wards = wardLevelUnits().stream().map(u -> new UnitOption(u.slug(),
                    IntakeDesk.english(locale) ? u.nameEn() : u.nameVi(), u.slug().equals(chosen))).toList();
        } else {
            fixedCompetent = desk.unitName(d.competentUnit().department(), locale);
        }
        model.addAttribute("intake", IntakeDesk.context(d, locale));
        model.addAttribute("step", new ProcedureStep(channel == null ? "" : channel, deskOptions,
                desks.size() < 2 ? desk.unitName(chosenDesk, locale) : null, wards, fixedCompetent));
        model.addAttribute("errors", errors);
        return "dossier/intakeProcedure";
    }

    private List<Unit> wardLevelUnits() {
        return desk.units().effectiveOn(LocalDate.now(ZONE), Optional.empty()).stream()
                .filter(IntakeDesk::wardLevel).sorted(Comparator.comparing(Unit::nameVi)).toList();
    }

    @PostMapping("/staff/intake/{code}")
    String procedureChosen(@PathVariable String code, @RequestParam(required = false) String channel,
                           @RequestParam(required = false) String receivingUnit,
                           @RequestParam(required = false) String competentUnit,
                           @RequestParam(name = "return", required = false) String returnTo,
                           Authentication who, HttpSession session, Locale locale, Model model,
                           HttpServletResponse response) {
        Actor me = desk.official(who);
        if (me == null) {
            return IntakeDesk.forbidden(response);
        }
        ProcedureDefinition d = desk.procedure(code);
        IntakeDraft draft = IntakeDesk.draftOrNew(session, d.code());
        FormErrors errors = FormErrors.none();
        if (!Channel.IN_PERSON.name().equals(channel) && !Channel.POSTAL.name().equals(channel)) {
            errors.add("channel", "dossier.intake.procedure.channel.missing");
        }
        List<String> desks = IntakeDesk.desks(me);
        String receiving = desks.size() == 1 ? desks.get(0) : receivingUnit;
        if (receiving == null || !desks.contains(receiving)) {
            errors.add("receivingUnit", "dossier.intake.procedure.desk.missing");
        }
        String competent = null;
        if (d.competentUnit().isWardLevel()) {
            competent = competentUnit == null ? null : competentUnit.strip();
            String chosen = competent;
            if (chosen == null || wardLevelUnits().stream().noneMatch(u -> u.slug().equals(chosen))) {
                errors.add("competentUnit", "dossier.intake.procedure.competent.missing");
            }
        }
        // kept even when something is missing: nothing chosen is lost
        draft.channel = channel;
        draft.receivingUnit = receiving;
        draft.competentUnit = d.competentUnit().isWardLevel() ? competent : d.competentUnit().department();
        if (errors.any()) {
            IntakeDesk.save(session, draft);
            response.setStatus(400);
            model.addAttribute("returnTo", "check".equals(returnTo) ? "check" : "");
            return procedurePage(d, me, channel, receiving, competent, errors, locale, model);
        }
        draft.procedureDone = true;
        IntakeDesk.save(session, draft);
        return "redirect:/staff/intake/" + d.code() + ("check".equals(returnTo) ? "/check" : "/applicant");
    }
}

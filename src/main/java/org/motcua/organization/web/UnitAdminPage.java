package org.motcua.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.organization.Unit;
import org.motcua.organization.UnitType;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The city admin's units page: the units in force (filtered by type and name), a new unit, and a unit dissolved into
 * its successor. {@link Units} validates and audits ({@code UNIT_CREATED}, {@code UNIT_DISSOLVED}).
 */
@PageController
class UnitAdminPage {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<String> DONE = Set.of("created", "dissolved");
    private static final Set<String> UNIT_FIELDS = Set.of("slug", "type", "name", "nameEn", "agencyCode",
            "effectiveFrom");

    private final Units units;

    UnitAdminPage(Units units) {
        this.units = units;
    }

    @GetMapping("/staff/admin/units")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String q,
                @RequestParam(required = false) String done, Authentication who, Locale locale, Model model,
                HttpServletResponse response) {
        AdminAccess.requireCityAdmin(who);
        FormErrors errors = FormErrors.none();
        Optional<UnitType> unitType = Optional.empty();
        if (type != null && !type.isBlank()) {
            unitType = UnitType.fromCode(type.strip());
            if (unitType.isEmpty()) {
                errors.add("type", "organization.admin.units.type.invalid");
                response.setStatus(400);
            }
        }
        String query = q == null ? "" : q.strip();
        String folded = fold(query);
        boolean english = "en".equals(locale.getLanguage());
        List<UnitRow> rows = units.effectiveOn(today(), unitType).stream()
                .filter(u -> folded.isEmpty() || fold(u.nameVi() + " " + u.nameEn() + " " + u.slug())
                        .contains(folded))
                .map(u -> UnitRow.of(u, english)).toList();
        model.addAttribute("errors", errors);
        model.addAttribute("type", type == null ? "" : type.strip());
        model.addAttribute("q", query);
        model.addAttribute("types", types());
        model.addAttribute("rows", rows);
        model.addAttribute("done", done != null && DONE.contains(done) ? "organization.admin.units.done." + done : null);
        return "organization/units";
    }

    @GetMapping("/staff/admin/units/new")
    String newUnit(Authentication who, Model model) {
        AdminAccess.requireCityAdmin(who);
        return newForm(model, new NewUnitForm("", "", "", "", "", today().toString()), FormErrors.none());
    }

    @PostMapping("/staff/admin/units/new")
    String create(@RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String type,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String nameEn,
                  @RequestParam(defaultValue = "") String agencyCode,
                  @RequestParam(defaultValue = "") String effectiveFrom, Authentication who, Model model,
                  HttpServletResponse response) {
        AdminAccess.requireCityAdmin(who);
        NewUnitForm form = new NewUnitForm(slug.strip(), type.strip(), name, nameEn, agencyCode.strip(),
                effectiveFrom.strip());
        FormErrors errors = FormErrors.none();
        LocalDate from = date(form.effectiveFrom());
        if (from == null) {
            errors.add("effectiveFrom", "organization.admin.units.effectiveFrom.invalid");
        }
        UnitType unitType = UnitType.fromCode(form.type()).orElse(null);
        try {
            if (!errors.any()) {
                units.create(new Unit(form.slug(), name, nameEn, unitType, null, form.agencyCode(), from, null, null,
                        null, null), who.getName());
                return "redirect:/staff/admin/units?done=created";
            }
        } catch (ProblemException e) {
            if (e.code() != ErrorCode.INVALID_BODY) {
                throw e;
            }
            for (FieldProblem problem : e.errors()) {
                if (UNIT_FIELDS.contains(problem.field())) {
                    errors.add(problem.field(), "organization.admin.units." + problem.field() + ".invalid");
                }
            }
        }
        response.setStatus(400);
        return newForm(model, form, errors);
    }

    @GetMapping("/staff/admin/units/{slug}/dissolve")
    String dissolution(@PathVariable String slug, Authentication who, Locale locale, Model model) {
        AdminAccess.requireCityAdmin(who);
        return dissolveForm(model, unit(slug), locale, today().toString(), "", FormErrors.none());
    }

    @PostMapping("/staff/admin/units/{slug}/dissolve")
    String dissolve(@PathVariable String slug, @RequestParam(defaultValue = "") String effectiveTo,
                    @RequestParam(defaultValue = "") String successor, Authentication who, Locale locale,
                    Model model, HttpServletResponse response) {
        AdminAccess.requireCityAdmin(who);
        Unit unit = unit(slug);
        FormErrors errors = FormErrors.none();
        LocalDate to = date(effectiveTo.strip());
        if (to == null) {
            errors.add("effectiveTo", "organization.admin.units.effectiveTo.invalid");
        }
        if (successor.isBlank()) {
            errors.add("successor", "organization.admin.units.successor.missing");
        }
        try {
            if (!errors.any()) {
                units.dissolve(slug, to, successor.strip(), who.getName());
                return "redirect:/staff/admin/units?done=dissolved";
            }
        } catch (ProblemException e) {
            if (e.code() == ErrorCode.CONFLICT) {
                errors.add("effectiveTo", "organization.admin.units.dissolved-already");
            } else if (e.code() == ErrorCode.INVALID_PARAMETER) {
                for (FieldProblem problem : e.errors()) {
                    if ("successor".equals(problem.field())) {
                        errors.add("successor", "organization.admin.units.successor.invalid");
                    } else if ("slug".equals(problem.field())) {
                        errors.add("effectiveTo", "organization.admin.units.city");
                    } else {
                        errors.add("effectiveTo", "organization.admin.units.effectiveTo.invalid");
                    }
                }
            } else {
                throw e;
            }
        }
        response.setStatus(400);
        return dissolveForm(model, unit, locale, effectiveTo, successor, errors);
    }

    private String newForm(Model model, NewUnitForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("types", types());
        model.addAttribute("errors", errors);
        return "organization/newUnit";
    }

    private String dissolveForm(Model model, Unit unit, Locale locale, String effectiveTo, String successor,
                                FormErrors errors) {
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("unit", UnitRow.of(unit, english));
        model.addAttribute("effectiveTo", effectiveTo);
        model.addAttribute("successor", successor);
        model.addAttribute("successors", units.effectiveOn(today(), Optional.empty()).stream()
                .filter(u -> !u.slug().equals(unit.slug()) && u.type() != UnitType.CITY)
                .map(u -> new UnitOption(u.slug(), english ? u.nameEn() : u.nameVi())).toList());
        model.addAttribute("errors", errors);
        return "organization/dissolveUnit";
    }

    private Unit unit(String slug) {
        return units.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static List<Option> types() {
        return Arrays.stream(UnitType.values()).filter(t -> t != UnitType.CITY)
                .map(t -> new Option(t.code(), "organization.admin.units.type." + t.code())).toList();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Lower case without diacritics, so "ben thanh" finds "Bến Thành". */
    static String fold(String text) {
        String decomposed = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd');
    }

    private static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }


}

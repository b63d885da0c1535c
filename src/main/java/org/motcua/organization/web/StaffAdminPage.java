package org.motcua.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.organization.OrganizationProperties;
import org.motcua.organization.Role;
import org.motcua.organization.StaffAccount;
import org.motcua.organization.StaffAccounts;
import org.motcua.organization.Unit;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The unit admin's pages: the staff accounts of the unit with their roles, a new account, and per account its roles
 * and lock. A unit admin sees only their own unit (another unit's pages are "not found"); the city admin every unit.
 * Everything goes through {@link StaffAccounts}, which audits each change.
 */
@PageController
class StaffAdminPage {

    /** The roles a unit admin hands out (the auditor is a city role, not granted here). */
    static final List<Role> ROLES = List.of(Role.RECEPTION, Role.PROCESSOR, Role.LEADER, Role.CLERK, Role.ADMIN);
    private static final Set<String> DONE = Set.of("created", "roles", "locked", "unlocked");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final StaffAccounts accounts;
    private final Units units;
    private final OrganizationProperties properties;
    private final Clock clock;

    StaffAdminPage(StaffAccounts accounts, Units units, OrganizationProperties properties, Optional<Clock> clock) {
        this.accounts = accounts;
        this.units = units;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The admin's own unit; the city admin picks one. */
    @GetMapping("/staff/admin/staff")
    String start(@RequestParam(required = false) String unit, Authentication who, Locale locale, Model model,
                 HttpServletResponse response) {
        List<String> own = AdminAccess.adminUnits(who);
        if (!AdminAccess.cityAdmin(who)) {
            if (own.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return "redirect:/staff/admin/units/" + own.get(0) + "/staff";
        }
        FormErrors errors = FormErrors.none();
        if (unit != null) {
            if (units.find(unit.strip()).isPresent()) {
                return "redirect:/staff/admin/units/" + unit.strip() + "/staff";
            }
            errors.add("unit", "organization.admin.pick.unknown");
            response.setStatus(400);
        }
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("errors", errors);
        model.addAttribute("unit", unit == null ? "" : unit.strip());
        model.addAttribute("units", units.effectiveOn(LocalDate.now(VIETNAM), Optional.empty()).stream()
                .map(u -> new UnitOption(u.slug(), english ? u.nameEn() : u.nameVi())).toList());
        return "organization/pickUnit";
    }

    @GetMapping("/staff/admin/units/{slug}/staff")
    String list(@PathVariable String slug, @RequestParam(required = false) String done, Authentication who,
                Locale locale, Model model) {
        Unit unit = unitFor(slug, who);
        model.addAttribute("unitName", name(unit, locale));
        model.addAttribute("slug", slug);
        model.addAttribute("done", done != null && DONE.contains(done) ? "organization.admin.done." + done : null);
        model.addAttribute("rows", accounts.ofUnit(slug).stream()
                .map(a -> StaffRow.of(a, slug, clock.instant())).toList());
        return "organization/staff";
    }

    @GetMapping("/staff/admin/units/{slug}/staff/new")
    String newAccount(@PathVariable String slug, Authentication who, Locale locale, Model model) {
        Unit unit = unitFor(slug, who);
        return newForm(model, unit, locale, new NewAccountForm("", "", List.of()), FormErrors.none());
    }

    @PostMapping("/staff/admin/units/{slug}/staff/new")
    String create(@PathVariable String slug, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
                  @RequestParam(required = false) List<String> roles, Authentication who, Locale locale, Model model,
                  HttpServletResponse response) {
        Unit unit = unitFor(slug, who);
        String user = username.strip().toLowerCase(Locale.ROOT);
        List<String> chosen = roles == null ? List.of() : roles;
        FormErrors errors = FormErrors.none();
        if (!user.matches("^[a-z0-9][a-z0-9.-]{2,99}$")) {
            errors.add("username", "organization.admin.username.invalid");
        }
        if (displayName.isBlank() || displayName.length() > 200) {
            errors.add("displayName", "organization.admin.display-name.missing");
        }
        if (password.length() < properties.minPasswordLength()) {
            errors.add("password", "organization.admin.password.short");
        }
        List<Role> parsed = roles(chosen);
        if (parsed.isEmpty()) {
            errors.add("role-reception", "organization.admin.roles.missing");
        }
        if (!errors.any()) {
            try {
                accounts.create(slug, user, displayName.strip(), password, parsed, who.getName());
                return "redirect:/staff/admin/units/" + slug + "/staff?done=created";
            } catch (ProblemException e) {
                if (e.code() == ErrorCode.STAFF_ACCOUNT_EXISTS) {
                    errors.add("username", "organization.admin.username.taken");
                } else if (e.code() == ErrorCode.INVALID_STAFF_ACCOUNT) {
                    for (FieldProblem problem : e.errors()) {
                        errors.add(problem.field(), "organization.admin.account.invalid");
                    }
                } else {
                    throw e;
                }
            }
        }
        response.setStatus(400);
        return newForm(model, unit, locale, new NewAccountForm(username, displayName, chosen), errors);
    }

    @GetMapping("/staff/admin/units/{slug}/staff/{username}")
    String account(@PathVariable String slug, @PathVariable String username,
                   @RequestParam(required = false) String done, Authentication who, Locale locale, Model model) {
        Unit unit = unitFor(slug, who);
        StaffAccount account = accountIn(slug, username);
        model.addAttribute("done", done != null && DONE.contains(done) ? "organization.admin.done." + done : null);
        return accountForm(model, unit, locale, account, null, FormErrors.none());
    }

    @PostMapping("/staff/admin/units/{slug}/staff/{username}/roles")
    String changeRoles(@PathVariable String slug, @PathVariable String username,
                       @RequestParam(required = false) List<String> roles, Authentication who, Locale locale,
                       Model model, HttpServletResponse response) {
        Unit unit = unitFor(slug, who);
        StaffAccount account = accountIn(slug, username);
        List<String> chosen = roles == null ? List.of() : roles;
        List<Role> parsed = roles(chosen);
        FormErrors errors = FormErrors.none();
        if (parsed.isEmpty()) {
            errors.add("role-reception", "organization.admin.roles.missing");
        } else {
            try {
                accounts.replaceRoles(slug, username, parsed, who.getName());
                return "redirect:/staff/admin/units/" + slug + "/staff/" + username + "?done=roles";
            } catch (ProblemException e) {
                if (e.code() != ErrorCode.STAFF_SELF_LOCKOUT) {
                    throw e;
                }
                errors.add("role-admin", "organization.admin.roles.own-admin");
            }
        }
        response.setStatus(400);
        model.addAttribute("done", null);
        return accountForm(model, unit, locale, account, chosen, errors);
    }

    @PostMapping("/staff/admin/units/{slug}/staff/{username}/lock")
    String lock(@PathVariable String slug, @PathVariable String username, Authentication who, Locale locale,
                Model model, HttpServletResponse response) {
        Unit unit = unitFor(slug, who);
        StaffAccount account = accountIn(slug, username);
        try {
            accounts.lock(slug, username, who.getName());
            return "redirect:/staff/admin/units/" + slug + "/staff/" + username + "?done=locked";
        } catch (ProblemException e) {
            if (e.code() != ErrorCode.STAFF_SELF_LOCKOUT) {
                throw e;
            }
            response.setStatus(400);
            model.addAttribute("done", null);
            return accountForm(model, unit, locale, account, null,
                    FormErrors.none().add("lock", "organization.admin.lock.own"));
        }
    }

    @PostMapping("/staff/admin/units/{slug}/staff/{username}/unlock")
    String unlock(@PathVariable String slug, @PathVariable String username, Authentication who) {
        unitFor(slug, who);
        accountIn(slug, username);
        accounts.unlock(slug, username, who.getName());
        return "redirect:/staff/admin/units/" + slug + "/staff/" + username + "?done=unlocked";
    }

    private String newForm(Model model, Unit unit, Locale locale, NewAccountForm form, FormErrors errors) {
        model.addAttribute("unitName", name(unit, locale));
        model.addAttribute("slug", unit.slug());
        model.addAttribute("form", form);
        model.addAttribute("roles", roleOptions());
        model.addAttribute("minPassword", properties.minPasswordLength());
        model.addAttribute("errors", errors);
        return "organization/newAccount";
    }

    private String accountForm(Model model, Unit unit, Locale locale, StaffAccount account, List<String> chosen,
                               FormErrors errors) {
        StaffRow row = StaffRow.of(account, unit.slug(), clock.instant());
        model.addAttribute("unitName", name(unit, locale));
        model.addAttribute("slug", unit.slug());
        model.addAttribute("account", row);
        model.addAttribute("chosen", chosen == null ? row.roleCodes() : chosen);
        model.addAttribute("roles", roleOptions());
        model.addAttribute("errors", errors);
        return "organization/account";
    }

    private Unit unitFor(String slug, Authentication who) {
        AdminAccess.requireAdminOf(slug, who);
        return units.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private StaffAccount accountIn(String slug, String username) {
        return accounts.find(username)
                .filter(a -> a.grants().stream().anyMatch(g -> g.unitSlug().equals(slug)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static List<Option> roleOptions() {
        return ROLES.stream().map(r -> new Option(r.code(), "organization.admin.role." + r.code())).toList();
    }

    private static List<Role> roles(List<String> codes) {
        List<Role> roles = new ArrayList<>();
        for (String code : codes) {
            Role.fromCode(code).filter(ROLES::contains).filter(r -> !roles.contains(r)).ifPresent(roles::add);
        }
        return roles;
    }

    static String name(Unit unit, Locale locale) {
        return "en".equals(locale.getLanguage()) ? unit.nameEn() : unit.nameVi();
    }


}

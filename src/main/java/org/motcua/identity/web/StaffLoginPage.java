package org.motcua.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.identity.Callers;
import org.motcua.identity.StaffPages;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Comparator;
import java.util.List;


/**
 * Staff log in with their platform account (username {@code <unit>.<role>} in the demo, password): the form posts to
 * Spring Security's form login on the same path; a refused login comes back here with {@code ?error}. The staff home
 * lists the caller's grants and the pages they lead to.
 */
@PageController
class StaffLoginPage {

    private final Callers callers;
    private final List<StaffPages> pages;

    StaffLoginPage(Callers callers, List<StaffPages> pages) {
        this.callers = callers;
        this.pages = pages;
    }

    @GetMapping("/staff/login")
    String login(@RequestParam(required = false) String error, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        if (error != null) {
            errors.add("username", "identity.staff.login.refused");
            response.setStatus(401);
        }
        model.addAttribute("errors", errors);
        return "identity/staffLogin";
    }

    @GetMapping("/staff")
    String home(Authentication authentication, Model model) {
        var caller = callers.of(authentication);
        model.addAttribute("name", caller.displayName());
        model.addAttribute("grants", caller.grants().stream()
                .map(g -> new StaffGrantRow(g.unitSlug(), "identity.staff.role." + g.role().code())).toList());
        boolean admin = caller.grants().stream().anyMatch(g -> g.role() == org.motcua.organization.Role.ADMIN);
        model.addAttribute("admin", admin);
        model.addAttribute("links", pages.stream().flatMap(p -> p.linksFor(caller).stream())
                .sorted(Comparator.comparingInt(StaffPages.Link::order)).toList());
        return "identity/staffHome";
    }

}

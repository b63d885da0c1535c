package org.motcua.documents.web;

import org.motcua.documents.DocumentRegisters;
import org.motcua.documents.Register;
import org.motcua.documents.RegisterKind;
import org.motcua.identity.Caller;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * A register of the unit (Decree 30 Appendix IV: outgoing, incoming, tracking) for a year, quarter or month, with
 * links to the register API's PDF and XLSX of the same period. Each row's number leads to the document's page.
 */
@PageController
class RegisterPage {

    private final Desks desks;
    private final DocumentRegisters registers;
    private final ZoneId zone;
    private final Clock clock;

    RegisterPage(Desks desks, DocumentRegisters registers, @Value("${motcua.calendar.zone}") ZoneId zone,
                 Optional<Clock> clock) {
        this.desks = desks;
        this.registers = registers;
        this.zone = zone;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/staff/documents/registers/{kind}")
    String register(@PathVariable String kind, @RequestParam(required = false) String unit,
                    @RequestParam(required = false) String period, Authentication authentication, Locale locale,
                    Model model, HttpServletResponse response) {
        RegisterKind k = RegisterKind.fromCode(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Caller me = desks.caller(authentication);
        DocumentDesk desk = desks.of(me, unit, locale);
        int thisYear = LocalDate.now(clock.withZone(zone)).getYear();
        FormErrors errors = FormErrors.none();
        Period chosen = period == null || period.isBlank() ? Period.year(thisYear) : Period.parse(period).orElse(null);
        if (chosen == null) {
            errors.add("period", "documents.register.period.invalid");
            response.setStatus(400);
            chosen = Period.year(thisYear);
        }
        Register register;
        try {
            register = registers.register(k, desk.unit(), chosen.from(), chosen.to(), me, locale);
        } catch (ProblemException problem) {
            throw PageProblems.onPage(problem);
        }
        String api = "/api/v1/documents/registers/" + k.code() + "?" + desk.query() + "&from=" + chosen.from()
                + "&to=" + chosen.to() + "&lang=" + locale.getLanguage();
        model.addAttribute("desk", desk);
        model.addAttribute("kind", k.code());
        model.addAttribute("titleKey", "documents.register." + k.code() + ".link");
        model.addAttribute("register", register);
        model.addAttribute("period", chosen);
        model.addAttribute("periods", Period.choices(thisYear));
        model.addAttribute("errors", errors);
        model.addAttribute("pdf", api + "&format=pdf");
        model.addAttribute("xlsx", api + "&format=xlsx");
        model.addAttribute("linkColumn", k == RegisterKind.INCOMING ? 1 : 0);
        model.addAttribute("documentBase", k == RegisterKind.OUTGOING ? "/staff/documents/outgoing/"
                : "/staff/documents/incoming/");
        return "documents/register";
    }
}

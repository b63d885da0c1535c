package org.motcua.documents.web;

import org.motcua.documents.AssignmentView;
import org.motcua.documents.IncomingDocuments;
import org.motcua.documents.OutgoingDocuments;
import org.motcua.identity.Caller;
import org.motcua.problem.ProblemException;
import org.motcua.web.PageController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * The official's documents desk: the registers, drafting and registering, the documents assigned to them and the
 * unit's drafts not yet issued.
 */
@PageController
class DocumentsHomePage {

    private final Desks desks;
    private final IncomingDocuments incoming;
    private final OutgoingDocuments outgoing;
    private final ZoneId zone;

    DocumentsHomePage(Desks desks, IncomingDocuments incoming, OutgoingDocuments outgoing,
                      @Value("${motcua.calendar.zone}") ZoneId zone) {
        this.desks = desks;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.zone = zone;
    }

    @GetMapping("/staff/documents")
    String home(@RequestParam(required = false) String unit, Authentication authentication, Locale locale,
                Model model) {
        Caller me = desks.caller(authentication);
        DocumentDesk desk = desks.of(me, unit, locale);
        try {
            model.addAttribute("assigned", incoming.assignedTo(me).stream().filter(v -> v.unit().equals(desk.unit()))
                    .map(v -> new ListRow("/staff/documents/incoming/" + v.id(), String.format("%02d", v.number()),
                            "documents.kind.incoming", v.symbol() + " – " + v.summary(), Dates.when(v.assignments()
                            .stream().filter(a -> "OPEN".equals(a.status())).map(AssignmentView::dueAt)
                            .filter(Objects::nonNull).min(Comparator.<Instant>naturalOrder()).orElse(null), zone)))
                    .toList());
            model.addAttribute("drafts", outgoing.unissued(desk.unit(), me).stream()
                    .map(d -> new ListRow("/staff/documents/outgoing/" + d.id(), d.symbol() == null ? d.typeName()
                            : d.symbol(), "documents.status." + d.status(), d.summary(),
                            Dates.when(d.createdAt(), zone))).toList());
        } catch (ProblemException problem) {
            throw PageProblems.onPage(problem);
        }
        model.addAttribute("desk", desk);
        return "documents/home";
    }
}

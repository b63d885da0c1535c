package org.motcua.dossier.web;

import org.motcua.identity.Caller;
import org.motcua.identity.StaffPages;
import org.motcua.organization.Role;
import org.springframework.stereotype.Component;

import java.util.List;

/** Counter intake on the staff home, for the officials of a one-stop desk (the reception role) only. */
@Component
class IntakeStaffPages implements StaffPages {

    @Override
    public List<Link> linksFor(Caller caller) {
        boolean desk = caller.grants().stream().anyMatch(g -> g.role() == Role.RECEPTION);
        return desk ? List.of(new Link("dossier.intake.home.link", "/staff/intake", 20)) : List.of();
    }
}

package org.motcua.dossier.web;

import org.motcua.identity.Caller;
import org.motcua.identity.StaffPages;
import org.springframework.stereotype.Component;

import java.util.List;

/** The dossier inbox on the staff home: every official with a grant has one (empty for roles no step waits on). */
@Component
class DossierStaffPages implements StaffPages {

    @Override
    public List<Link> linksFor(Caller caller) {
        if (caller.grants().isEmpty() && !caller.cityWide()) {
            return List.of();
        }
        return List.of(new Link("dossier.staff.home.inbox", "/staff/inbox", 10));
    }
}

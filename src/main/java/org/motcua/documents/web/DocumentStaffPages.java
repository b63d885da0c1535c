package org.motcua.documents.web;

import org.motcua.identity.Caller;
import org.motcua.identity.StaffPages;
import org.springframework.stereotype.Component;

import java.util.List;

/** Official documents on the staff home, for the clerks, leaders and processors of a unit. */
@Component
class DocumentStaffPages implements StaffPages {

    @Override
    public List<Link> linksFor(Caller caller) {
        if (Desks.documentUnits(caller).isEmpty()) {
            return List.of();
        }
        return List.of(new Link("documents.staff.home.link", "/staff/documents", 40));
    }
}

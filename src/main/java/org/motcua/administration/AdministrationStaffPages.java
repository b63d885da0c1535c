package org.motcua.administration;

import org.motcua.identity.Caller;
import org.motcua.identity.StaffPages;
import org.motcua.organization.Role;
import org.motcua.organization.StaffGrant;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The administration links on the staff home: the staff accounts page for unit admins and the city admin; for the city
 * admin also the units, the calendar (calendar module) and the procedure versions (catalogue module). It lives in its
 * own module because identity depends on organization: an organization bean implementing {@code StaffPages} would
 * close a cycle.
 */
@Component
class AdministrationStaffPages implements StaffPages {

    static final String CITY = "tp-ho-chi-minh";

    @Override
    public List<Link> linksFor(Caller caller) {
        boolean cityAdmin = caller.grants().stream().anyMatch(g -> isCityAdmin(g));
        boolean unitAdmin = caller.grants().stream().anyMatch(g -> g.role() == Role.ADMIN);
        List<Link> links = new ArrayList<>();
        if (unitAdmin) {
            links.add(new Link("organization.admin.home.staff", "/staff/admin/staff", 80));
        }
        if (cityAdmin) {
            links.add(new Link("organization.admin.home.units", "/staff/admin/units", 81));
            links.add(new Link("calendar.admin.title", "/staff/admin/calendar", 82));
            links.add(new Link("catalog.admin.title", "/staff/admin/procedures", 83));
        }
        return links;
    }

    private static boolean isCityAdmin(StaffGrant grant) {
        return grant.role() == Role.ADMIN && CITY.equals(grant.unitSlug());
    }
}

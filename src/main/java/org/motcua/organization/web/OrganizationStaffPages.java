package org.motcua.organization.web;

import org.motcua.identity.Caller;
import org.motcua.identity.StaffPages;
import org.motcua.organization.Role;
import org.motcua.organization.StaffGrant;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** On the staff home: the staff accounts page for unit admins and the city admin, the units page for the city admin. */
@Component
class OrganizationStaffPages implements StaffPages {

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
        }
        return links;
    }

    private static boolean isCityAdmin(StaffGrant grant) {
        return grant.role() == Role.ADMIN && CITY.equals(grant.unitSlug());
    }
}

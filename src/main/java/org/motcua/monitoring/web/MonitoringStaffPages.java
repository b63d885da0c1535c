package org.motcua.monitoring.web;

import org.motcua.identity.Caller;
import org.motcua.identity.StaffPages;
import org.motcua.monitoring.MonitoringAccess;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The dashboards on the staff home: the city's for its administrator, auditor and leaders, a unit's for its leaders. */
@Component
class MonitoringStaffPages implements StaffPages {

    private final DashboardAccess dashboards;
    private final MonitoringAccess access;

    MonitoringStaffPages(DashboardAccess dashboards, MonitoringAccess access) {
        this.dashboards = dashboards;
        this.access = access;
    }

    @Override
    public List<Link> linksFor(Caller caller) {
        List<Link> links = new ArrayList<>();
        dashboards.home(caller).ifPresent(href -> links.add(new Link("monitoring.dashboard.home.link", href, 50)));
        if (access.isCityAdmin(caller)) {
            links.add(new Link("monitoring.dashboard.home.thresholds", "/staff/dashboard/thresholds", 50));
        }
        return links;
    }
}

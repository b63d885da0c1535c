package org.motcua.notification.web;

import org.motcua.identity.Caller;
import org.motcua.identity.StaffPages;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** On the staff home: every official's own notifications; the outbox for the city administrator and auditor. */
@Component
class NotificationStaffPages implements StaffPages {

    @Override
    public List<Link> linksFor(Caller caller) {
        List<Link> links = new ArrayList<>();
        links.add(new Link("notification.staff.home.mine", "/staff/notifications", 15));
        if (caller.cityWide()) {
            links.add(new Link("notification.staff.home.outbox", "/staff/notifications/outbox", 90));
        }
        return links;
    }
}

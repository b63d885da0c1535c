package org.motcua.feedback.web;

import org.motcua.identity.Caller;
import org.motcua.identity.StaffPages;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Feedback on the staff home: the unit inbox, the city level (escalations, ranking) and the hotline entry. */
@Component
class FeedbackStaffPages implements StaffPages {

    private final FeedbackStaff staff;

    FeedbackStaffPages(FeedbackStaff staff) {
        this.staff = staff;
    }

    @Override
    public List<Link> linksFor(Caller caller) {
        List<Link> links = new ArrayList<>();
        if (staff.hasInbox(caller)) {
            links.add(new Link("feedback.staff.home.inbox", "/staff/feedback", 30));
        }
        if (staff.cityLevel(caller)) {
            links.add(new Link("feedback.staff.home.city", "/staff/feedback/city", 30));
            links.add(new Link("feedback.staff.home.ranking", "/staff/feedback/ranking", 30));
        }
        if (staff.operator(caller)) {
            links.add(new Link("feedback.staff.home.hotline", "/staff/feedback/hotline", 30));
        }
        return links;
    }
}

package org.motcua.notification.web;

import org.motcua.identity.Caller;
import org.motcua.identity.Callers;
import org.motcua.notification.PersonalNotifications;
import org.motcua.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An official's in-app inbox (new feedback reports, assigned documents, the daily digest), like the citizen's. */
@PageController
class StaffNotificationsPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final PersonalNotifications notifications;
    private final Callers callers;

    StaffNotificationsPage(PersonalNotifications notifications, Callers callers) {
        this.notifications = notifications;
        this.callers = callers;
    }

    @GetMapping("/staff/notifications")
    String show(Authentication who, Model model) {
        Caller caller = staff(who);
        List<MyNotificationRow> rows = notifications.inbox(caller, false, 0, MyNotificationsPage.SHOWN).stream()
                .map(m -> new MyNotificationRow(m.id(), m.subject(), m.body(),
                        m.link() == null || m.link().isBlank() ? null : m.link(), WHEN.format(m.createdAt()),
                        m.readAt() == null))
                .toList();
        model.addAttribute("messages", rows);
        model.addAttribute("unread", notifications.unread(caller));
        return "notification/staffNotifications";
    }

    @PostMapping("/staff/notifications/read-all")
    String readAll(Authentication who) {
        notifications.markAllRead(staff(who));
        return "redirect:/staff/notifications";
    }

    private Caller staff(Authentication who) {
        Caller caller = callers.of(who);
        if (caller.kind() != Caller.Kind.STAFF) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return caller;
    }
}

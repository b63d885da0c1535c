package org.motcua.notification.web;

import org.motcua.identity.Caller;
import org.motcua.identity.Callers;
import org.motcua.notification.PersonalNotifications;
import org.motcua.web.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The citizen's in-app inbox: messages newest first, unread ones marked in words, and "mark all as read". */
@PageController
class MyNotificationsPage {

    /** The page shows this many of the newest messages. */
    static final int SHOWN = 50;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final PersonalNotifications notifications;
    private final Callers callers;

    MyNotificationsPage(PersonalNotifications notifications, Callers callers) {
        this.notifications = notifications;
        this.callers = callers;
    }

    @GetMapping("/my/notifications")
    String show(Authentication who, Model model) {
        Caller caller = callers.of(who);
        List<MyNotificationRow> rows = notifications.inbox(caller, false, 0, SHOWN).stream()
                .map(m -> new MyNotificationRow(m.id(), m.subject(), m.body(), blankToNull(m.link()),
                        WHEN.format(m.createdAt()), m.readAt() == null))
                .toList();
        model.addAttribute("messages", rows);
        model.addAttribute("unread", notifications.unread(caller));
        return "notification/myNotifications";
    }

    @PostMapping("/my/notifications/read-all")
    String readAll(Authentication who) {
        notifications.markAllRead(callers.of(who));
        return "redirect:/my/notifications";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package org.motcua.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.identity.Callers;
import org.motcua.notification.InboxMessage;
import org.motcua.notification.NotificationPreference;
import org.motcua.notification.PersonalNotifications;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Notifications", description = "In-app inbox and preferences of the caller; the outbox for the city")
class NotificationController {

    private final PersonalNotifications notifications;
    private final Callers callers;

    NotificationController(PersonalNotifications notifications, Callers callers) {
        this.notifications = notifications;
        this.callers = callers;
    }

    @GetMapping("/api/v1/me/notifications")
    @Operation(summary = "The caller's in-app messages, newest first (unread=true: only unread ones)")
    List<InboxMessage> inbox(@RequestParam(defaultValue = "false") boolean unread,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                             Authentication who) {
        return notifications.inbox(callers.of(who), unread, page, size);
    }

    @GetMapping("/api/v1/me/notifications/unread-count")
    @Operation(summary = "How many of the caller's in-app messages are unread")
    Map<String, Long> unread(Authentication who) {
        return Map.of("unread", notifications.unread(callers.of(who)));
    }

    @PostMapping("/api/v1/me/notifications/{id}/read")
    @Operation(summary = "Marks one of the caller's messages read (404 for anyone else's)")
    ResponseEntity<Void> read(@PathVariable long id, Authentication who) {
        notifications.markRead(callers.of(who), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/me/notifications/read-all")
    @Operation(summary = "Marks all the caller's messages read")
    Map<String, Integer> readAll(Authentication who) {
        return Map.of("marked", notifications.markAllRead(callers.of(who)));
    }

    @GetMapping("/api/v1/me/notification-preferences")
    @Operation(summary = "The caller's channels and language (null = the default)")
    NotificationPreference preferences(Authentication who) {
        return notifications.preferences(callers.of(who));
    }

    @PutMapping("/api/v1/me/notification-preferences")
    @Operation(summary = "Replaces the caller's preferences: email, sms (booleans), language (vi, en), "
            + "emailAddress, phone (empty = those of the dossier)")
    NotificationPreference save(@RequestBody NotificationPreference wanted, Authentication who) {
        return notifications.savePreferences(callers.of(who), wanted);
    }
}

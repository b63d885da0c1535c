package org.motcua.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.identity.Callers;
import org.motcua.notification.Channel;
import org.motcua.notification.DemoSms;
import org.motcua.notification.DemoSmsInbox;
import org.motcua.notification.MessageStatus;
import org.motcua.notification.OutboxAdministration;
import org.motcua.notification.OutboxEntry;
import org.motcua.problem.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

@RestController
@Tag(name = "Notifications", description = "In-app inbox and preferences of the caller; the outbox for the city")
class OutboxController {

    private final OutboxAdministration outbox;
    private final DemoSmsInbox demoSms;
    private final Callers callers;

    OutboxController(OutboxAdministration outbox, DemoSmsInbox demoSms, Callers callers) {
        this.outbox = outbox;
        this.demoSms = demoSms;
        this.callers = callers;
    }

    @GetMapping("/api/v1/notifications/outbox")
    @Operation(summary = "E-mail and SMS messages of the outbox, newest first — city admin and auditor",
            description = "Filters: status (PENDING, SENT, DEAD), channel (EMAIL, SMS), recipient "
                    + "(citizen:<personal id> or staff:<username>).")
    List<OutboxEntry> list(@RequestParam(required = false) String status,
                           @RequestParam(required = false) String channel,
                           @RequestParam(required = false) String recipient,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                           Authentication who) {
        return outbox.list(callers.of(who), parse(MessageStatus.class, "status", status),
                parse(Channel.class, "channel", channel), recipient, page, size);
    }

    @GetMapping("/api/v1/notifications/outbox/{id}")
    @Operation(summary = "One message of the outbox with its attempts and last error")
    OutboxEntry get(@PathVariable long id, Authentication who) {
        return outbox.get(callers.of(who), id);
    }

    @PostMapping("/api/v1/notifications/outbox/{id}/retry")
    @Operation(summary = "Sends a dead letter again (attempts start over) — city admin; audited")
    OutboxEntry retry(@PathVariable long id, Authentication who) {
        return outbox.retry(callers.of(who), id);
    }

    @GetMapping("/api/v1/demo/sms")
    @Operation(summary = "Demo mode: the SMS the demo gateway received, newest first (optionally to one number)")
    List<DemoSms> demoSms(@RequestParam(required = false) String to, @RequestParam(defaultValue = "50") int limit) {
        return demoSms.received(to, limit);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, "must be one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}

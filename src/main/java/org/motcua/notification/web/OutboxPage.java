package org.motcua.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.identity.Caller;
import org.motcua.identity.Callers;
import org.motcua.notification.Channel;
import org.motcua.notification.MessageStatus;
import org.motcua.notification.OutboxAdministration;
import org.motcua.notification.OutboxCount;
import org.motcua.notification.OutboxEntry;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The outbox for the city administrator (and, read-only, the city auditor): e-mail and SMS counts per status, the
 * messages that were not sent (or of the chosen status and channel), newest first and {@value #SHOWN} to a page, with
 * attempts and the last error, and "send again" for a dead letter. No subject or body is shown; addresses and personal
 * IDs are partly masked.
 */
@PageController
class OutboxPage {

    /** Messages on one page. */
    static final int SHOWN = 50;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final OutboxAdministration outbox;
    private final Callers callers;

    OutboxPage(OutboxAdministration outbox, Callers callers) {
        this.outbox = outbox;
        this.callers = callers;
    }

    @GetMapping("/staff/notifications/outbox")
    String show(@RequestParam(required = false) String status, @RequestParam(required = false) String channel,
                @RequestParam(required = false) Long retried, @RequestParam(required = false) Long notDead,
                @RequestParam(defaultValue = "1") String page, Authentication who, Model model,
                HttpServletResponse response) {
        Caller caller = cityWide(who);
        FormErrors errors = FormErrors.none();
        MessageStatus wantedStatus = parse(MessageStatus.class, status, "status", errors);
        Channel wantedChannel = parse(Channel.class, channel, "channel", errors);
        if (wantedChannel == Channel.IN_APP) {
            errors.add("channel", "notification.outbox.channel.invalid");
            wantedChannel = null;
        }
        if (errors.any()) {
            response.setStatus(400);
            wantedStatus = null;
            wantedChannel = null;
        }
        // not sent: waiting for an attempt (failed ones among them) and dead letters
        Set<MessageStatus> shown = wantedStatus != null ? Set.of(wantedStatus)
                : Set.of(MessageStatus.PENDING, MessageStatus.DEAD);
        List<OutboxCount> counts = outbox.counts(caller);
        Channel countedChannel = wantedChannel;
        long total = counts.stream().filter(c -> shown.contains(c.status()))
                .filter(c -> countedChannel == null || c.channel() == countedChannel)
                .mapToLong(OutboxCount::count).sum();
        long pages = Math.max(1, (total + SHOWN - 1) / SHOWN);
        // a page that is not a number from 1 shows the first; one past the last shows the last
        int pageNumber = (int) Math.min(pages, parsePage(page));
        List<OutboxEntry> entries = outbox.list(caller, shown, wantedChannel, null, pageNumber - 1, SHOWN);
        boolean mayRetry = OutboxAdministration.mayRetry(caller);
        model.addAttribute("errors", errors);
        MessageStatus chosenStatus = wantedStatus;
        Channel chosenChannel = wantedChannel;
        model.addAttribute("statuses", List.of(MessageStatus.PENDING, MessageStatus.DEAD, MessageStatus.SENT).stream()
                .map(s -> new OutboxOption(s.name(), "notification.outbox.status." + s.name(), s == chosenStatus))
                .toList());
        model.addAttribute("channels", List.of(Channel.EMAIL, Channel.SMS).stream()
                .map(c -> new OutboxOption(c.name(), channelKey(c), c == chosenChannel)).toList());
        model.addAttribute("counts", counts(counts));
        model.addAttribute("rows", entries.stream().map(e -> row(e, mayRetry)).toList());
        model.addAttribute("total", total);
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("pages", pages);
        model.addAttribute("previous", pageNumber > 1 ? link(chosenStatus, chosenChannel, pageNumber - 1) : null);
        model.addAttribute("next", pageNumber < pages ? link(chosenStatus, chosenChannel, pageNumber + 1) : null);
        model.addAttribute("retried", retried);
        model.addAttribute("notDead", notDead);
        return "notification/outbox";
    }

    @PostMapping("/staff/notifications/outbox/{id}/retry")
    String retry(@PathVariable long id, Authentication who) {
        Caller caller = cityWide(who);
        if (!OutboxAdministration.mayRetry(caller)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            outbox.retry(caller, id);
        } catch (ProblemException e) {
            if (e.code() == ErrorCode.NOTIFICATION_NOT_DEAD) {
                return "redirect:/staff/notifications/outbox?notDead=" + id;
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/staff/notifications/outbox?retried=" + id;
    }

    private static long parsePage(String page) {
        try {
            return Math.max(1, Long.parseLong(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String link(MessageStatus status, Channel channel, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/staff/notifications/outbox");
        if (status != null) {
            uri.queryParam("status", status.name());
        }
        if (channel != null) {
            uri.queryParam("channel", channel.name());
        }
        return uri.queryParam("page", page).build().toUriString();
    }

    private Caller cityWide(Authentication who) {
        Caller caller = callers.of(who);
        if (caller.kind() != Caller.Kind.STAFF || !caller.cityWide()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return caller;
    }

    private static List<OutboxCountRow> counts(List<OutboxCount> counts) {
        List<OutboxCountRow> rows = new ArrayList<>();
        for (Channel c : List.of(Channel.EMAIL, Channel.SMS)) {
            long[] n = new long[3];
            for (OutboxCount count : counts) {
                if (count.channel() == c) {
                    n[count.status().ordinal()] += count.count();
                }
            }
            rows.add(new OutboxCountRow(c.name(), channelKey(c), n[MessageStatus.PENDING.ordinal()], n[MessageStatus.SENT.ordinal()],
                    n[MessageStatus.DEAD.ordinal()]));
        }
        return rows;
    }

    private static OutboxRow row(OutboxEntry e, boolean mayRetry) {
        String address = e.channel() == Channel.EMAIL ? Masked.email(e.address()) : Masked.digits(e.address());
        return new OutboxRow(e.id(), channelKey(e.channel()), e.status().name(), e.template(),
                Masked.recipient(e.recipient()), address, e.attempts(),
                e.status() == MessageStatus.PENDING ? when(e.nextAttemptAt()) : null, Masked.text(e.lastError()),
                when(e.createdAt()), mayRetry && e.status() == MessageStatus.DEAD);
    }

    private static String channelKey(Channel channel) {
        return "notification.outbox.channel." + channel.name();
    }

    private static String when(Instant instant) {
        return instant == null ? null : WHEN.format(instant);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "notification.outbox." + field + ".invalid");
            return null;
        }
    }
}

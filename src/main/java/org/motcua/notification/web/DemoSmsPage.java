package org.motcua.notification.web;

import org.motcua.demo.DemoMode;
import org.motcua.notification.DemoSmsInbox;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Demo mode: the SMS the demo gateway received, newest first, optionally to one number (instead of a phone). */
@PageController
class DemoSmsPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final DemoSmsInbox inbox;
    private final DemoMode demo;

    DemoSmsPage(DemoSmsInbox inbox, DemoMode demo) {
        this.inbox = inbox;
        this.demo = demo;
    }

    @GetMapping("/demo/sms")
    String show(@RequestParam(required = false) String to, Model model) {
        if (!demo.enabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String number = to == null ? "" : to.strip();
        List<DemoSmsRow> rows = inbox.received(number.isEmpty() ? null : number, 100).stream()
                .map(s -> new DemoSmsRow(s.to(), s.text(), s.encoding(), s.segments(), WHEN.format(s.receivedAt())))
                .toList();
        model.addAttribute("to", number);
        model.addAttribute("messages", rows);
        model.addAttribute("errors", FormErrors.none());
        return "notification/demoSms";
    }
}

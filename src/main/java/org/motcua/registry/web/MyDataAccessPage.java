package org.motcua.registry.web;

import org.motcua.registry.AccessLogEntry;
import org.motcua.registry.AccessLogPage;
import org.motcua.registry.RegistryAccessLog;
import org.motcua.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** "Who looked at my data" (ai đã xem dữ liệu của tôi): every registry read of the citizen's records, newest first. */
@PageController
class MyDataAccessPage {

    private static final int SIZE = 50;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu");

    private final RegistryAccessLog log;
    private final MessageSource messages;

    MyDataAccessPage(RegistryAccessLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @GetMapping("/my/data-access")
    String mine(@RequestParam(defaultValue = "0") int page, Authentication who, Locale locale, Model model) {
        String me = Readers.citizen(who);
        AccessLogPage entries = log.ofSubject(me, Math.max(page, 0), SIZE);
        List<DataAccessRead> reads = entries.items().stream().map(e -> read(e, me, locale)).toList();
        model.addAttribute("reads", reads);
        model.addAttribute("pageNumber", Math.max(page, 0));
        model.addAttribute("more", (long) (Math.max(page, 0) + 1) * SIZE < entries.total());
        model.addAttribute("total", entries.total());
        return "registry/dataAccess";
    }

    private DataAccessRead read(AccessLogEntry e, String me, Locale locale) {
        String reader;
        if ("staff".equals(e.readerKind())) {
            reader = (e.readerName() == null ? e.readerId() : e.readerName())
                    + (e.readerUnitName() == null ? "" : " (" + e.readerUnitName() + ")");
        } else if ("citizen".equals(e.readerKind())) {
            reader = me.equals(e.readerId()) ? t("registry.access.reader.self", locale)
                    : t("registry.access.reader.citizen", locale);
        } else {
            reader = t("registry.access.reader.system", locale);
        }
        String purpose = e.purpose() == null ? "" : e.purpose().startsWith("prefill:")
                ? messages.getMessage("registry.access.purpose.prefill", new Object[] {e.purpose().substring(8)},
                locale) : e.purpose();
        return new DataAccessRead(AT.format(e.at().atZone(ZONE)), reader,
                messages.getMessage("registry.access.registry." + e.registry(), null, e.registry(), locale),
                String.join(", ", e.fields()), purpose,
                messages.getMessage("registry.access.outcome." + e.outcome(), null, e.outcome(), locale));
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

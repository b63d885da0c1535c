package org.motcua.notification;

import org.motcua.feedback.FeedbackAnswered;
import org.motcua.feedback.FeedbackAssigned;
import org.motcua.feedback.FeedbackTransferred;
import org.motcua.feedback.ReporterContact;
import org.motcua.feedback.ReporterContacts;
import org.motcua.identity.PlatformAddress;
import org.motcua.organization.Role;
import org.motcua.organization.StaffAccount;
import org.motcua.organization.StaffAccounts;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Feedback reports (phản ánh, kiến nghị): the reporter is told when their report is assigned (or passed on) to a unit
 * and when it is answered, on the contacts they left (in-app too when they were logged in); the processors and
 * leaders of the unit find the new report in their in-app inbox (in-app only: e-mail would be one message per item).
 */
@Component
class FeedbackNotices {

    private static final Logger log = LoggerFactory.getLogger(FeedbackNotices.class);

    private final Notifier notifier;
    private final ReporterContacts reporters;
    private final StaffAccounts staff;
    private final Units units;
    private final PlatformAddress address;

    FeedbackNotices(Notifier notifier, ReporterContacts reporters, StaffAccounts staff, Units units,
                    PlatformAddress address) {
        this.notifier = notifier;
        this.reporters = reporters;
        this.staff = staff;
        this.units = units;
        this.address = address;
    }

    @ApplicationModuleListener
    void on(FeedbackAssigned e) {
        String key = "feedback-assigned:" + e.reportId() + ":" + e.at().toEpochMilli();
        tellReporter(e.reportId(), "feedback-assigned", key,
                lang -> new Object[]{id(e.reportId()), unitName(e.unit(), lang), Templates.when(e.dueAt())});
        tellHandlers(e.reportId(), e.unit(), e.dueAt(), e.at());
    }

    @ApplicationModuleListener
    void on(FeedbackTransferred e) {
        String key = "feedback-transferred:" + e.reportId() + ":" + e.at().toEpochMilli();
        tellReporter(e.reportId(), "feedback-transferred", key,
                lang -> new Object[]{id(e.reportId()), unitName(e.toUnit(), lang)});
        tellHandlers(e.reportId(), e.toUnit(), null, e.at());
    }

    @ApplicationModuleListener
    void on(FeedbackAnswered e) {
        tellReporter(e.reportId(), "feedback-answered",
                "feedback-answered:" + e.reportId() + ":" + e.at().toEpochMilli(),
                lang -> new Object[]{id(e.reportId()), unitName(e.unit(), lang)});
    }

    private void tellReporter(long reportId, String template, String eventKey,
                              java.util.function.Function<String, Object[]> args) {
        ReporterContact c = reporters.of(reportId).orElse(null);
        if (c == null || !c.reachable()) {
            log.debug("Notification {}: report {} left no contact, nobody told", eventKey, reportId);
            return;
        }
        Recipient to = present(c.reporterSubject()) ? Recipient.citizen(c.reporterSubject())
                : Recipient.reporter(reportId);
        notifier.tell(new Notice(eventKey, template, to, args, reportLink(reportId), c.email(), c.phone()));
    }

    private void tellHandlers(long reportId, String unit, Instant dueAt, Instant at) {
        if (unit == null) {
            return;
        }
        List<StaffAccount> accounts;
        try {
            accounts = staff.ofUnit(unit);
        } catch (RuntimeException ex) {
            log.warn("Notification feedback-new:{}: the accounts of unit {} could not be read", reportId, unit, ex);
            return;
        }
        String key = "feedback-new:" + reportId + ":" + at.toEpochMilli();
        String link = address.baseUrl() + "/staff/feedback/" + reportId;
        for (StaffAccount a : accounts) {
            if (a.enabled() && (a.holds(unit, Role.PROCESSOR) || a.holds(unit, Role.LEADER))) {
                notifier.tell(new Notice(key, "feedback-new", Recipient.staff(a.username()),
                        lang -> new Object[]{id(reportId), Templates.when(dueAt)}, link, null, null, true));
            }
        }
    }

    private String reportLink(long reportId) {
        return address.baseUrl() + "/feedback/" + reportId;
    }

    private String unitName(String slug, String language) {
        Unit u = slug == null ? null : units.find(slug).orElse(null);
        if (u == null) {
            return slug;
        }
        return "en".equals(language) && u.nameEn() != null && !u.nameEn().isBlank() ? u.nameEn() : u.nameVi();
    }

    private static String id(long reportId) {
        return String.valueOf(reportId);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}

package org.motcua.notification;

import org.motcua.documents.DocumentAssigned;
import org.motcua.documents.DocumentDeadlineApproaching;
import org.motcua.documents.DocumentOverdue;
import org.motcua.identity.PlatformAddress;
import org.motcua.organization.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Incoming documents (văn bản đến): the official a document is assigned to is told, and reminded before and after
 * its handling deadline (the documents module schedules the reminders and publishes each once). In-app always,
 * e-mail (and SMS) as the official's preferences say. An assignment to a division (not a person) tells nobody here.
 */
@Component
class DocumentNotices {

    private static final Logger log = LoggerFactory.getLogger(DocumentNotices.class);

    private final Notifier notifier;
    private final StaffAccounts staff;
    private final PlatformAddress address;

    DocumentNotices(Notifier notifier, StaffAccounts staff, PlatformAddress address) {
        this.notifier = notifier;
        this.staff = staff;
        this.address = address;
    }

    @ApplicationModuleListener
    void on(DocumentAssigned e) {
        if (!"PERSON".equals(e.assigneeKind())) {
            return;
        }
        String template = "HANDLE".equals(e.purpose()) ? "document-assigned" : "document-to-read";
        tell(e.assignee(), "document-assigned:" + e.assignmentId(), template, e.incomingId(),
                new Object[]{e.number() + "/" + e.year(), Templates.when(e.dueAt())});
    }

    @ApplicationModuleListener
    void on(DocumentDeadlineApproaching e) {
        tell(e.assignee(), "document-due-soon:" + e.assignmentId(), "document-due-soon", e.incomingId(),
                new Object[]{Templates.when(e.dueAt())});
    }

    @ApplicationModuleListener
    void on(DocumentOverdue e) {
        tell(e.assignee(), "document-overdue:" + e.assignmentId(), "document-overdue", e.incomingId(),
                new Object[]{Templates.when(e.dueAt())});
    }

    private void tell(String username, String eventKey, String template, String incomingId, Object[] args) {
        if (username == null || staff.find(username).filter(a -> a.enabled()).isEmpty()) {
            log.debug("Notification {}: '{}' is no enabled staff account (a division?), nobody told", eventKey,
                    username);
            return;
        }
        notifier.tell(new Notice(eventKey, template, Recipient.staff(username), lang -> args,
                address.baseUrl() + "/staff/documents/incoming/" + incomingId, null, null));
    }
}

package org.motcua.feedback;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * The contacts a reporter left with their report, for the modules that tell them about its handling. The events
 * carry no personal data; a listener asks here.
 */
@Service
public class ReporterContacts {

    private final FeedbackReports reports;

    ReporterContacts(FeedbackReports reports) {
        this.reports = reports;
    }

    /** The reporter's contacts; empty when there is no such report. */
    @Transactional(readOnly = true)
    public Optional<ReporterContact> of(long reportId) {
        return reports.find(reportId).map(r -> new ReporterContact(r.id, r.category, r.reporterSubject,
                r.contactName, r.contactEmail, r.contactPhone));
    }
}

package org.motcua.documents;

import org.motcua.calendar.WorkingCalendars;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Enters documents into incoming registers: each receiving unit gives the document the next number of its own
 * yearly incoming sequence the moment it arrives, and it must be passed on the same working day (after the
 * calendar's cut-off or on a day off: the next working day).
 */
@Component
class Deliveries {

    private final Incomings incomings;
    private final Counters counters;
    private final DocumentFiles files;
    private final WorkingCalendars calendars;
    private final ApplicationEventPublisher events;

    Deliveries(Incomings incomings, Counters counters, DocumentFiles files, WorkingCalendars calendars,
               ApplicationEventPublisher events) {
        this.incomings = incomings;
        this.counters = counters;
        this.files = files;
        this.calendars = calendars;
        this.events = events;
    }

    /** Delivers an issued document to its recipient units of the platform, in slug order (a fixed lock order). */
    void deliver(OutgoingDocument d, String author, LocalDate documentDate, Instant at, String by) {
        String text = SearchText.fold(d.symbol() + " " + d.type().nameVi() + " " + d.summary() + " " + author + " "
                + files.textOfOutgoing(d.id()));
        for (String unit : d.recipientUnits().stream().sorted().toList()) {
            register(new IncomingDocument(UUID.randomUUID().toString(), unit, 0, 0, at, at, d.id(), author,
                    d.symbol(), documentDate, d.type(), d.summary(), d.urgent(), d.confidential(), d.restrictedTo(),
                    by), text);
        }
    }

    /** Numbers and stores an incoming entry; the given year, number and pass-on time are replaced. */
    IncomingDocument register(IncomingDocument entry, String searchText) {
        int year = LocalDateZone.of(entry.receivedAt(), calendars.current().zone()).date().getYear();
        int number = counters.next(entry.unit(), year, Counters.Kind.IN);
        Instant passOnDue = calendars.current().sameDayDue(entry.receivedAt());
        IncomingDocument numbered = new IncomingDocument(entry.id(), entry.unit(), year, number, entry.receivedAt(),
                passOnDue, entry.outgoingId(), entry.author(), entry.symbol(), entry.documentDate(), entry.type(),
                entry.summary(), entry.urgent(), entry.confidential(), entry.restrictedTo(), entry.registeredBy());
        incomings.insert(numbered, searchText + " " + number);
        events.publishEvent(new IncomingDocumentRegistered(numbered.id(), numbered.unit(), year, number,
                numbered.urgent(), passOnDue));
        return numbered;
    }
}

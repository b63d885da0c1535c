package org.motcua.documents;

import org.motcua.calendar.WorkingCalendars;
import org.motcua.identity.Caller;
import org.motcua.organization.Role;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Outgoing documents (văn bản đi): drafting, numbering, issuing with delivery to the recipient units of the
 * platform, and abandoning a draft. Numbers run per issuing body per calendar year from 01 and are never reused.
 */
@Service
public class OutgoingDocuments {

    private static final Logger log = LoggerFactory.getLogger(OutgoingDocuments.class);
    private static final Pattern DRAFTING_UNIT = Pattern.compile("^[A-ZĐ][A-ZĐa-z0-9]{0,9}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Outgoings outgoings;
    private final DocumentFiles files;
    private final Counters counters;
    private final Units units;
    private final Deliveries deliveries;
    private final WorkingCalendars calendars;
    private final DocumentsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutgoingDocuments(Outgoings outgoings, DocumentFiles files, Counters counters, Units units, Deliveries deliveries,
                      WorkingCalendars calendars, DocumentsProperties properties, ApplicationEventPublisher events,
                      Optional<Clock> clock) {
        this.outgoings = outgoings;
        this.files = files;
        this.counters = counters;
        this.units = units;
        this.deliveries = deliveries;
        this.calendars = calendars;
        this.properties = properties;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A new draft of the caller's unit (clerk, processor or leader of that unit). */
    @Transactional
    public OutgoingView draft(DraftOutgoing draft, Caller caller) {
        String unit = draft.unit();
        if (unit == null || !DocumentAccess.worksIn(caller, unit)) {
            throw new ProblemException(ErrorCode.INVALID_DOCUMENT, "You can draft documents of your own unit only",
                    List.of(new FieldProblem("unit", "must be a unit you work in")));
        }
        if (!DocumentAccess.holds(caller, unit, Role.CLERK) && !DocumentAccess.holds(caller, unit, Role.PROCESSOR)
                && !DocumentAccess.holds(caller, unit, Role.LEADER)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only clerks, processors and leaders draft documents");
        }
        List<FieldProblem> errors = new ArrayList<>();
        DocumentType type = DocumentType.parse(draft.type()).orElse(null);
        if (type == null) {
            errors.add(new FieldProblem("type", "one of the Decree 30 types, e.g. QUYET_DINH or QĐ, CONG_VAN"));
        }
        String summary = trim(draft.summary());
        if (summary == null) {
            errors.add(new FieldProblem("summary", "is required"));
        } else if (summary.length() > 1000) {
            errors.add(new FieldProblem("summary", "at most 1000 characters"));
        }
        String draftingUnit = trim(draft.draftingUnit());
        if (draftingUnit != null && !DRAFTING_UNIT.matcher(draftingUnit).matches()) {
            errors.add(new FieldProblem("draftingUnit", "an abbreviation such as VX or KT"));
        } else if (type != null && type.isOfficialLetter() && draftingUnit == null) {
            errors.add(new FieldProblem("draftingUnit", "is required for an official letter (12/UBND-VX)"));
        }
        SigningAuthority authority = SigningAuthority.parse(draft.signingAuthority()).orElse(null);
        if (authority == null) {
            errors.add(new FieldProblem("signingAuthority", "TM., KT., Q., TL., TUQ. or empty"));
        }
        List<String> recipientUnits = distinct(draft.recipientUnits());
        for (String recipient : recipientUnits) {
            Optional<Unit> found = units.find(recipient);
            if (found.isEmpty() || !found.get().effectiveOn(calendarToday())) {
                errors.add(new FieldProblem("recipientUnits", "no unit '" + recipient + "' in force"));
            } else if (recipient.equals(unit)) {
                errors.add(new FieldProblem("recipientUnits", "a unit does not send documents to itself"));
            }
        }
        List<String> outside = distinct(draft.recipientOutside());
        boolean confidential = Boolean.TRUE.equals(draft.confidential());
        List<String> restricted = distinct(draft.restrictedTo());
        if (confidential && restricted.isEmpty()) {
            errors.add(new FieldProblem("restrictedTo", "name the people who may see a confidential document"));
        }
        if (draft.copies() != null && (draft.copies() < 1 || draft.copies() > 10_000)) {
            errors.add(new FieldProblem("copies", "between 1 and 10000"));
        }
        String meetingLink = null;
        if (Boolean.TRUE.equals(draft.meetingRoom())) {
            if (type != DocumentType.GIAY_MOI) {
                errors.add(new FieldProblem("meetingRoom", "only an invitation (GM) carries a meeting room"));
            } else if (!properties.meetingsEnabled()) {
                errors.add(new FieldProblem("meetingRoom", "no video-conference server is configured"));
            } else {
                meetingLink = meetingLink();
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_DOCUMENT, "The document is incomplete or invalid", errors);
        }
        OutgoingDocument d = new OutgoingDocument(UUID.randomUUID().toString(), unit, type, summary, draftingUnit,
                trim(draft.field()), trim(draft.signerName()), trim(draft.signerTitle()), authority, recipientUnits,
                outside, trim(draft.fileCopyHolder()), draft.copies(), Boolean.TRUE.equals(draft.urgent()),
                confidential, restricted, meetingLink, OutgoingDocument.Status.DRAFT, null, null, null, null, null,
                null, null, caller.id(), clock.instant());
        outgoings.insert(d, SearchText.fold(type.nameVi() + " " + summary));
        return OutgoingView.of(d, List.of());
    }

    @Transactional(readOnly = true)
    public OutgoingView view(String id, Caller caller) {
        OutgoingDocument d = visible(id, caller);
        return OutgoingView.of(d, files.ofOutgoing(d.id()));
    }

    /** The unit's drafts and numbered documents not yet issued, which the caller may see, the newest first. */
    @Transactional(readOnly = true)
    public List<OutgoingView> unissued(String unit, Caller caller) {
        DocumentAccess.requireReader(caller, unit);
        return outgoings.unissued(unit, 100).stream().filter(d -> DocumentAccess.canSee(caller, d))
                .map(d -> OutgoingView.of(d, List.of())).toList();
    }

    /** Attaches a PDF (the draft, the signed original, annexes) while the document is not yet issued. */
    @Transactional
    public FileView attach(String id, String name, byte[] content, Caller caller) {
        OutgoingDocument d = outgoings.lock(id).filter(o -> DocumentAccess.canSee(caller, o))
                .orElseThrow(OutgoingDocuments::notFound);
        if (d.status() == OutgoingDocument.Status.ISSUED || d.status() == OutgoingDocument.Status.ABANDONED) {
            throw new ProblemException(ErrorCode.DOCUMENT_STATUS_CONFLICT,
                    "Files can no longer be attached to a document that is " + d.status().name().toLowerCase());
        }
        DocumentFiles.Stored stored = files.store(d.unit(), name, content, caller.id(), clock.instant());
        files.attachToOutgoing(d.id(), stored.view().id());
        if (stored.text() != null) {
            outgoings.addSearchText(d.id(), SearchText.fold(stored.text()));
        }
        return stored.view();
    }

    @Transactional(readOnly = true)
    public FileContent file(String id, String fileId, Caller caller) {
        OutgoingDocument d = visible(id, caller);
        boolean attached = files.ofOutgoing(d.id()).stream().anyMatch(f -> f.id().equals(fileId));
        return files.content(fileId).filter(f -> attached).orElseThrow(OutgoingDocuments::notFound);
    }

    /**
     * Takes the document's number (lấy số) without sending it yet. Numbering again gives the same number; a number
     * once taken stays with the document even if it is abandoned.
     */
    @Transactional
    public OutgoingView number(String id, Caller caller) {
        OutgoingDocument d = lockForClerk(id, caller, "number documents");
        if (d.status() == OutgoingDocument.Status.ABANDONED) {
            throw new ProblemException(ErrorCode.DOCUMENT_STATUS_CONFLICT, "The draft was abandoned");
        }
        if (d.number() == null) {
            assignNumber(d);
        }
        return view(id, caller);
    }

    /**
     * Issues the document (phát hành): numbers it if it has no number yet, and delivers it into the incoming
     * register of every recipient unit of the platform. Issuing an issued document again changes nothing.
     */
    @Transactional
    public OutgoingView issue(String id, Caller caller) {
        OutgoingDocument d = lockForClerk(id, caller, "issue documents");
        if (d.status() == OutgoingDocument.Status.ISSUED) {
            return view(id, caller);
        }
        if (d.status() == OutgoingDocument.Status.ABANDONED) {
            throw new ProblemException(ErrorCode.DOCUMENT_STATUS_CONFLICT, "The draft was abandoned");
        }
        List<FieldProblem> missing = new ArrayList<>();
        if (d.signerName() == null) {
            missing.add(new FieldProblem("signerName", "who signed the document is required to issue it"));
        }
        if (d.recipientUnits().isEmpty() && d.recipientOutside().isEmpty()) {
            missing.add(new FieldProblem("recipientUnits", "a document is issued to at least one recipient"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_DOCUMENT, "The document cannot be issued yet", missing);
        }
        if (d.number() == null) {
            d = assignNumber(d);
        }
        Instant now = clock.instant();
        outgoings.issued(d.id(), now);
        Unit issuer = units.require(d.unit());
        IssuingBody body = IssuingBody.of(issuer, issuer.parentSlug() == null ? null : units.find(issuer.parentSlug())
                .orElse(null));
        LocalDateZone date = LocalDateZone.of(d.numberedAt(), calendars.current().zone());
        deliveries.deliver(d, body.name(), date.date(), now, caller.id());
        events.publishEvent(new DocumentIssued(d.id(), d.unit(), d.symbol(), d.recipientUnits(), now));
        log.info("Document {} of {} issued to {} units of the platform", d.symbol(), d.unit(), d.recipientUnits().size());
        return view(id, caller);
    }

    /** Abandons a draft; a number it had stays taken and the register shows it unused, with the reason. */
    @Transactional
    public OutgoingView abandon(String id, String reason, Caller caller) {
        OutgoingDocument d = lockForClerk(id, caller, "abandon documents");
        String why = trim(reason);
        if (why == null) {
            throw new ProblemException(ErrorCode.INVALID_DOCUMENT, "Say why the draft is abandoned",
                    List.of(new FieldProblem("reason", "is required")));
        }
        if (d.status() == OutgoingDocument.Status.ISSUED) {
            throw new ProblemException(ErrorCode.DOCUMENT_STATUS_CONFLICT, "An issued document cannot be abandoned");
        }
        if (d.status() != OutgoingDocument.Status.ABANDONED) {
            outgoings.abandoned(d.id(), why, clock.instant());
            log.info("Draft {} of {} abandoned{}", d.id(), d.unit(), d.symbol() == null ? "" : ", number "
                    + d.symbol() + " stays unused");
        }
        return view(id, caller);
    }

    private OutgoingDocument assignNumber(OutgoingDocument d) {
        Instant now = clock.instant();
        int year = LocalDateZone.of(now, calendars.current().zone()).date().getYear();
        int number = counters.next(d.unit(), year, Counters.Kind.OUT);
        Unit issuer = units.require(d.unit());
        String symbol = d.type().symbol(number, IssuingBody.of(issuer, null).abbreviation(), d.draftingUnit());
        outgoings.numbered(d.id(), year, number, symbol, now);
        return outgoings.find(d.id()).orElseThrow();
    }

    private OutgoingDocument lockForClerk(String id, Caller caller, String what) {
        OutgoingDocument d = outgoings.lock(id).filter(o -> DocumentAccess.canSee(caller, o))
                .orElseThrow(OutgoingDocuments::notFound);
        if (!DocumentAccess.holds(caller, d.unit(), Role.CLERK)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only the unit's clerk (văn thư) may " + what);
        }
        return d;
    }

    private OutgoingDocument visible(String id, Caller caller) {
        return outgoings.find(id).filter(o -> DocumentAccess.canSee(caller, o)).orElseThrow(OutgoingDocuments::notFound);
    }

    private String meetingLink() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        String base = properties.jitsiBaseUrl().endsWith("/") ? properties.jitsiBaseUrl()
                : properties.jitsiBaseUrl() + "/";
        return base + "MotCua-" + HexFormat.of().formatHex(bytes);
    }

    private java.time.LocalDate calendarToday() {
        return LocalDateZone.of(clock.instant(), calendars.current().zone()).date();
    }

    static ProblemException notFound() {
        return new ProblemException(ErrorCode.DOCUMENT_NOT_FOUND, "No such document");
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> distinct(List<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String v : values) {
            String t = trim(v);
            if (t != null) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }
}

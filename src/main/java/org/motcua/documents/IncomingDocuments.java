package org.motcua.documents;

import org.motcua.calendar.WorkingCalendars;
import org.motcua.identity.Caller;
import org.motcua.organization.Role;
import org.motcua.organization.StaffAccounts;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The incoming register (sổ văn bản đến): documents from outside registered by the clerk, assignment for handling
 * by the unit's leader, progress reports and closing with the reply's number.
 */
@Service
public class IncomingDocuments {

    private static final BigDecimal MAX_DAYS = BigDecimal.valueOf(3650);

    private final Incomings incomings;
    private final Assignments assignments;
    private final DocumentFiles files;
    private final Deliveries deliveries;
    private final StaffAccounts staff;
    private final WorkingCalendars calendars;
    private final DocumentsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncomingDocuments(Incomings incomings, Assignments assignments, DocumentFiles files, Deliveries deliveries,
                      StaffAccounts staff, WorkingCalendars calendars, DocumentsProperties properties,
                      ApplicationEventPublisher events, Optional<Clock> clock) {
        this.incomings = incomings;
        this.assignments = assignments;
        this.files = files;
        this.deliveries = deliveries;
        this.staff = staff;
        this.calendars = calendars;
        this.properties = properties;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Registers a paper or e-mailed document from outside the platform with the next incoming number. */
    @Transactional
    public IncomingView register(RegisterIncoming r, Caller caller) {
        if (r.unit() == null || !DocumentAccess.worksIn(caller, r.unit())) {
            throw new ProblemException(ErrorCode.INVALID_DOCUMENT, "You can register documents of your own unit only",
                    List.of(new FieldProblem("unit", "must be a unit you work in")));
        }
        DocumentAccess.requireRole(caller, r.unit(), Role.CLERK, "register incoming documents");
        List<FieldProblem> errors = new ArrayList<>();
        String author = OutgoingDocuments.trim(r.author());
        String symbol = OutgoingDocuments.trim(r.symbol());
        String summary = OutgoingDocuments.trim(r.summary());
        DocumentType type = DocumentType.parse(r.type()).orElse(null);
        if (author == null) {
            errors.add(new FieldProblem("author", "is required"));
        }
        if (symbol == null) {
            errors.add(new FieldProblem("symbol", "is required"));
        }
        if (summary == null) {
            errors.add(new FieldProblem("summary", "is required"));
        }
        if (type == null) {
            errors.add(new FieldProblem("type", "one of the Decree 30 types"));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDateZone.of(now, calendars.current().zone()).date();
        if (r.documentDate() == null || r.documentDate().isAfter(today)) {
            errors.add(new FieldProblem("documentDate", "is required and not in the future"));
        }
        List<String> restricted = r.restrictedTo() == null ? List.of()
                : r.restrictedTo().stream().map(OutgoingDocuments::trim).filter(s -> s != null).distinct().toList();
        boolean confidential = Boolean.TRUE.equals(r.confidential());
        if (confidential && restricted.isEmpty()) {
            errors.add(new FieldProblem("restrictedTo", "name the people who may see a confidential document"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_DOCUMENT, "The document is incomplete or invalid", errors);
        }
        IncomingDocument entry = deliveries.register(new IncomingDocument(UUID.randomUUID().toString(), r.unit(), 0,
                0, now, now, null, author, symbol, r.documentDate(), type, summary, Boolean.TRUE.equals(r.urgent()),
                confidential, restricted, caller.id()), SearchText.fold(symbol + " " + type.nameVi() + " " + summary
                + " " + author));
        return IncomingView.of(entry, List.of(), List.of());
    }

    @Transactional(readOnly = true)
    public IncomingView view(String id, Caller caller) {
        IncomingDocument d = visible(id, caller);
        List<AssignmentView> list = assignments.ofIncoming(d.id()).stream()
                .map(a -> AssignmentView.of(a, assignments.progressOf(a.id()))).toList();
        return IncomingView.of(d, filesOf(d), list);
    }

    /**
     * The entries with an open assignment the caller handles (named, or given to a division of a unit where they are
     * a processor), the nearest deadline first ("documents assigned to me").
     */
    @Transactional(readOnly = true)
    public List<IncomingView> assignedTo(Caller caller) {
        if (caller.kind() != Caller.Kind.STAFF) {
            return List.of();
        }
        List<String> processorUnits = caller.grants().stream().filter(g -> g.role() == Role.PROCESSOR)
                .map(g -> g.unitSlug()).distinct().toList();
        return assignments.openFor(caller.id(), processorUnits).stream().map(Assignment::incomingId).distinct()
                .map(incomings::find).flatMap(Optional::stream)
                .filter(d -> DocumentAccess.canSee(caller, d, isAssignee(d.id(), caller)))
                .map(d -> view(d.id(), caller)).toList();
    }

    /** Attaches the scan (PDF) of a document registered from outside; the clerk only. */
    @Transactional
    public FileView attachScan(String id, String name, byte[] content, Caller caller) {
        IncomingDocument d = visible(id, caller);
        DocumentAccess.requireRole(caller, d.unit(), Role.CLERK, "attach scans");
        if (d.outgoingId() != null) {
            throw new ProblemException(ErrorCode.DOCUMENT_STATUS_CONFLICT,
                    "A document delivered through the platform carries its issuer's files");
        }
        DocumentFiles.Stored stored = files.store(d.unit(), name, content, caller.id(), clock.instant());
        files.attachToIncoming(d.id(), stored.view().id());
        if (stored.text() != null) {
            incomings.addSearchText(d.id(), SearchText.fold(stored.text()));
        }
        return stored.view();
    }

    @Transactional(readOnly = true)
    public FileContent file(String id, String fileId, Caller caller) {
        IncomingDocument d = visible(id, caller);
        boolean attached = filesOf(d).stream().anyMatch(f -> f.id().equals(fileId));
        return files.content(fileId).filter(f -> attached).orElseThrow(OutgoingDocuments::notFound);
    }

    /** The unit's leader assigns the document to a person of the unit or one of its divisions. */
    @Transactional
    public IncomingView assign(String id, Assign a, Caller caller) {
        IncomingDocument d = visible(id, caller);
        DocumentAccess.requireRole(caller, d.unit(), Role.LEADER, "assign incoming documents");
        List<FieldProblem> errors = new ArrayList<>();
        Assignment.AssigneeKind kind = parse(Assignment.AssigneeKind.class, a.assigneeKind(), "assigneeKind",
                "PERSON or DEPARTMENT", errors);
        Assignment.Purpose purpose = parse(Assignment.Purpose.class, a.purpose(), "purpose", "HANDLE or INFORM",
                errors);
        String assignee = OutgoingDocuments.trim(a.assignee());
        if (assignee == null) {
            errors.add(new FieldProblem("assignee", "is required"));
        }
        BigDecimal days = a.workingDays();
        if (purpose == Assignment.Purpose.HANDLE && (days == null || days.compareTo(new BigDecimal("0.5")) < 0
                || days.compareTo(MAX_DAYS) > 0)) {
            errors.add(new FieldProblem("workingDays", "a deadline of 0.5 to 3650 working days is required to handle"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_DOCUMENT, "The assignment is incomplete or invalid", errors);
        }
        if (kind == Assignment.AssigneeKind.PERSON && staff.find(assignee)
                .filter(s -> s.enabled() && s.grants().stream().anyMatch(g -> g.unitSlug().equals(d.unit())))
                .isEmpty()) {
            throw new ProblemException(ErrorCode.ASSIGNEE_OUTSIDE_UNIT,
                    "'" + assignee + "' does not work in " + d.unit(),
                    List.of(new FieldProblem("assignee", "must be a person of the unit")));
        }
        Instant now = clock.instant();
        Instant due = null;
        Instant remind = null;
        if (purpose == Assignment.Purpose.HANDLE) {
            due = calendars.due(now, days);
            BigDecimal before = days.subtract(BigDecimal.valueOf(properties.reminderWorkingDays()));
            remind = before.signum() > 0 ? calendars.due(now, before) : now;
        }
        Assignment assignment = new Assignment(UUID.randomUUID().toString(), d.id(), kind, assignee, purpose,
                purpose == Assignment.Purpose.HANDLE ? days : null, due, remind, OutgoingDocuments.trim(a.note()),
                caller.id(), now, false, null, null, null);
        assignments.insert(assignment);
        events.publishEvent(new DocumentAssigned(assignment.id(), d.id(), d.unit(), d.year(), d.number(),
                kind.name(), assignee, purpose.name(), due, caller.id(), now));
        return view(id, caller);
    }

    /** The handler (or the unit's leader) reports progress. */
    @Transactional
    public IncomingView report(String assignmentId, String note, Caller caller) {
        Assignment a = handled(assignmentId, caller);
        String text = OutgoingDocuments.trim(note);
        if (text == null) {
            throw new ProblemException(ErrorCode.INVALID_DOCUMENT, "Say how far the handling got",
                    List.of(new FieldProblem("note", "is required")));
        }
        assignments.progress(a.id(), text, caller.id(), clock.instant());
        return view(a.incomingId(), caller);
    }

    /** Closes the handling with the number and symbol of the reply document. */
    @Transactional
    public IncomingView close(String assignmentId, String replySymbol, String note, Caller caller) {
        Assignment a = handled(assignmentId, caller);
        String reply = OutgoingDocuments.trim(replySymbol);
        if (a.purpose() == Assignment.Purpose.HANDLE && reply == null) {
            throw new ProblemException(ErrorCode.INVALID_DOCUMENT, "Name the reply document",
                    List.of(new FieldProblem("replySymbol", "the reply's number and symbol, e.g. 12/UBND-VX")));
        }
        String text = OutgoingDocuments.trim(note);
        if (text != null) {
            assignments.progress(a.id(), text, caller.id(), clock.instant());
        }
        assignments.close(a.id(), reply, caller.id(), clock.instant());
        return view(a.incomingId(), caller);
    }

    private Assignment handled(String assignmentId, Caller caller) {
        Assignment a = assignments.lock(assignmentId).orElseThrow(OutgoingDocuments::notFound);
        IncomingDocument d = incomings.find(a.incomingId()).orElseThrow();
        if (!DocumentAccess.canSee(caller, d, isAssignee(d.id(), caller))) {
            throw OutgoingDocuments.notFound();
        }
        boolean mine = a.assigneeKind() == Assignment.AssigneeKind.PERSON ? a.assignee().equals(caller.id())
                : DocumentAccess.holds(caller, d.unit(), Role.PROCESSOR);
        if (!mine && !DocumentAccess.holds(caller, d.unit(), Role.LEADER)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only the handler or the unit's leader may do this");
        }
        if (a.closed()) {
            throw new ProblemException(ErrorCode.DOCUMENT_STATUS_CONFLICT, "The handling is already closed");
        }
        return a;
    }

    private IncomingDocument visible(String id, Caller caller) {
        return incomings.find(id).filter(d -> DocumentAccess.canSee(caller, d, isAssignee(d.id(), caller)))
                .orElseThrow(OutgoingDocuments::notFound);
    }

    boolean isAssignee(String incomingId, Caller caller) {
        return assignments.ofIncoming(incomingId).stream().anyMatch(a ->
                a.assigneeKind() == Assignment.AssigneeKind.PERSON && a.assignee().equals(caller.id()));
    }

    private List<FileView> filesOf(IncomingDocument d) {
        return d.outgoingId() != null ? files.ofOutgoing(d.outgoingId()) : files.ofIncoming(d.id());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String expected,
                                               List<FieldProblem> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem(field, expected));
            return null;
        }
    }
}

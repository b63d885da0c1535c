package org.motcua.documents;

import org.motcua.calendar.WorkingCalendars;
import org.motcua.identity.Caller;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The registers of Decree 30/2020/NĐ-CP Appendix IV for a unit and a period, as data, PDF (A4 landscape, the
 * national motto block, embedded Vietnamese font) and XLSX. Confidential documents the reader may not see keep
 * their row (numbers stay continuous) with the summary withheld.
 */
@Service
public class DocumentRegisters {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final long MAX_DAYS = 366 * 5;

    private final Outgoings outgoings;
    private final Incomings incomings;
    private final Assignments assignments;
    private final Units units;
    private final WorkingCalendars calendars;
    private final java.time.Clock clock;

    DocumentRegisters(Outgoings outgoings, Incomings incomings, Assignments assignments, Units units,
                      WorkingCalendars calendars, java.util.Optional<java.time.Clock> clock) {
        this.outgoings = outgoings;
        this.incomings = incomings;
        this.assignments = assignments;
        this.units = units;
        this.calendars = calendars;
        this.clock = clock.orElse(java.time.Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public Register register(RegisterKind kind, String unit, LocalDate from, LocalDate to, Caller caller,
                             Locale locale) {
        DocumentAccess.requireReader(caller, unit);
        Unit u = units.find(unit).orElseThrow(() -> ProblemException.invalidParameter("unit", "no such unit"));
        ZoneId zone = calendars.current().zone();
        LocalDate today = LocalDateZone.of(clock.instant(), zone).date();
        LocalDate start = from != null ? from : today.withDayOfYear(1);
        LocalDate end = to != null ? to : today;
        if (end.isBefore(start)) {
            throw ProblemException.invalidParameter("to", "must not be before 'from'");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw ProblemException.invalidParameter("to", "a register covers at most five years");
        }
        RegisterTexts texts = new RegisterTexts(locale);
        IssuingBody body = IssuingBody.of(u, u.parentSlug() == null ? null : units.find(u.parentSlug()).orElse(null));
        List<Register.Row> rows = switch (kind) {
            case OUTGOING -> outgoingRows(unit, start, end, zone, caller, texts);
            case INCOMING -> incomingRows(unit, start, end, zone, caller, texts);
            case TRACKING -> trackingRows(unit, start, end, zone, caller, texts);
        };
        List<String> columns = IntStream.rangeClosed(1, kind.columns()).mapToObj(i -> texts.get(kind.code() + "." + i))
                .toList();
        return new Register(kind.code(), unit, body.name(), body.parentName(),
                texts.get("register." + kind.code() + ".title"),
                texts.get("register.period", DAY.format(start), DAY.format(end)), start, end, columns, rows);
    }

    public byte[] pdf(Register register, Locale locale) {
        return RegisterPdf.render(register, new RegisterTexts(locale));
    }

    public byte[] xlsx(Register register) {
        return RegisterXlsx.write(register);
    }

    private List<Register.Row> outgoingRows(String unit, LocalDate from, LocalDate to, ZoneId zone, Caller caller,
                                            RegisterTexts texts) {
        List<Register.Row> rows = new ArrayList<>();
        for (OutgoingDocument d : outgoings.numberedBetween(unit, from, to, zone.getId())) {
            boolean visible = DocumentAccess.canSee(caller, d);
            String recipients = d.recipientUnits().stream()
                    .map(slug -> units.find(slug).map(Unit::nameVi).orElse(slug)).collect(Collectors.joining("; "));
            if (!d.recipientOutside().isEmpty()) {
                recipients = (recipients.isEmpty() ? "" : recipients + "; ") + String.join("; ", d.recipientOutside());
            }
            String signer = String.join(" ", nonBlank(d.signingAuthority().prefix(), d.signerTitle(), d.signerName()));
            List<String> notes = new ArrayList<>();
            if (d.status() == OutgoingDocument.Status.ABANDONED) {
                notes.add(texts.get("register.unused-number", d.abandonReason()));
            } else if (d.status() == OutgoingDocument.Status.NUMBERED) {
                notes.add(texts.get("register.not-issued"));
            }
            if (d.urgent()) {
                notes.add(texts.get("register.urgent"));
            }
            rows.add(new Register.Row(d.id(), List.of(d.symbol(), day(d.numberedAt(), zone),
                    visible ? d.type().nameVi() + ": " + d.summary() : d.type().nameVi() + " " + texts.get("register.confidential"),
                    signer, visible ? recipients : "", visible ? orEmpty(d.fileCopyHolder()) : "",
                    d.copies() == null ? "" : d.copies().toString(), day(d.issuedAt(), zone), "",
                    String.join("; ", notes))));
        }
        return rows;
    }

    private List<Register.Row> incomingRows(String unit, LocalDate from, LocalDate to, ZoneId zone, Caller caller,
                                            RegisterTexts texts) {
        List<Register.Row> rows = new ArrayList<>();
        for (IncomingDocument d : incomings.receivedBetween(unit, from, to, zone.getId())) {
            List<Assignment> list = assignments.ofIncoming(d.id());
            boolean visible = DocumentAccess.canSee(caller, d, list.stream().anyMatch(a ->
                    a.assigneeKind() == Assignment.AssigneeKind.PERSON && a.assignee().equals(caller.id())));
            String receivers = list.stream().sorted(Comparator.comparing(Assignment::purpose))
                    .map(Assignment::assignee).distinct().collect(Collectors.joining("; "));
            Instant passedOn = list.stream().map(Assignment::assignedAt).min(Comparator.naturalOrder()).orElse(null);
            List<String> notes = new ArrayList<>();
            if (d.urgent()) {
                notes.add(texts.get("register.urgent"));
            }
            rows.add(new Register.Row(d.id(), List.of(day(d.receivedAt(), zone), String.format("%02d", d.number()),
                    d.author(), d.symbol(), DAY.format(d.documentDate()),
                    visible ? d.type().nameVi() + ": " + d.summary() : d.type().nameVi() + " " + texts.get("register.confidential"),
                    visible ? receivers : "", day(passedOn, zone), "", String.join("; ", notes))));
        }
        return rows;
    }

    private List<Register.Row> trackingRows(String unit, LocalDate from, LocalDate to, ZoneId zone, Caller caller,
                                            RegisterTexts texts) {
        List<Register.Row> rows = new ArrayList<>();
        Instant now = clock.instant();
        for (IncomingDocument d : incomings.receivedBetween(unit, from, to, zone.getId())) {
            List<Assignment> list = assignments.ofIncoming(d.id());
            boolean visible = DocumentAccess.canSee(caller, d, list.stream().anyMatch(a ->
                    a.assigneeKind() == Assignment.AssigneeKind.PERSON && a.assignee().equals(caller.id())));
            for (Assignment a : list) {
                if (a.purpose() != Assignment.Purpose.HANDLE) {
                    continue;
                }
                List<AssignmentView.Progress> progress = assignments.progressOf(a.id());
                String state = a.closed() ? texts.get("register.closed") : texts.get("register.open");
                if (!progress.isEmpty() && visible) {
                    state += ": " + progress.get(progress.size() - 1).note();
                }
                boolean late = a.dueAt() != null && (a.closed() ? a.closedAt().isAfter(a.dueAt()) : now.isAfter(a.dueAt()));
                rows.add(new Register.Row(d.id(), List.of(String.format("%02d", d.number()), day(d.receivedAt(), zone),
                        d.symbol() + ", " + DAY.format(d.documentDate()) + ", " + d.author(),
                        visible ? d.summary() : texts.get("register.confidential"), a.assignee(),
                        day(a.dueAt(), zone), state, orEmpty(a.replySymbol()),
                        late ? texts.get("register.overdue") : "")));
            }
        }
        return rows;
    }

    private static String day(Instant at, ZoneId zone) {
        return at == null ? "" : DAY.format(at.atZone(zone));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }
}

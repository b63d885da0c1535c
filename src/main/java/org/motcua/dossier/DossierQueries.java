package org.motcua.dossier;

import org.motcua.organization.StaffGrant;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading dossiers: one dossier for those who may see it, the public status, and the staff inbox. */
@Service
public class DossierQueries {

    private final Dossiers dossiers;
    private final DossierAccess access;
    private final JdbcClient jdbc;
    private final Units units;
    private final Clock clock;

    DossierQueries(Dossiers dossiers, DossierAccess access, JdbcClient jdbc, Units units, Optional<Clock> clock) {
        this.dossiers = dossiers;
        this.access = access;
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /*
     * Reads without a transaction of their own: at READ COMMITTED every statement sees its own snapshot anyway, so a
     * read-only transaction only added BEGIN and COMMIT round trips to every GET.
     */
    public DossierView view(String code, Actor by) {
        Dossier dossier = access.visible(code, by);
        long id = dossier.state().id;
        return DossierView.of(dossier, dossiers.components(id), dossiers.history(id), dossiers.flags(id));
    }

    /** The public look-up by code; unknown codes are not found. One statement, so no transaction of its own. */
    public PublicDossierStatus publicStatus(String code) {
        Dossiers.PublicRow d = dossiers.publicRow(code).orElseThrow(() -> new DossierNotFound(code));
        int completed = d.status() == DossierStatus.FINISHED || d.status() == DossierStatus.RESULT_RETURNED
                ? d.totalSteps() : Math.max(0, d.currentStep());
        String receivingName = units.find(d.receivingUnit()).map(u -> u.nameVi()).orElse(d.receivingUnit());
        // mostly the ward that received it: one look-up
        String competentName = d.competentUnit().equals(d.receivingUnit()) ? receivingName
                : units.find(d.competentUnit()).map(u -> u.nameVi()).orElse(d.competentUnit());
        return new PublicDossierStatus(d.code(), DossierView.StatusView.of(d.status()),
                new DossierView.ProcedureRef(d.procedureCode(), d.procedureVersion(), d.procedureNameVi(),
                        d.procedureNameEn()),
                receivingName, competentName, d.submittedAt(), d.receivedAt(), d.appointmentAt(), completed,
                d.totalSteps(), d.status().ended() ? null : d.currentStepName(), d.endedAt(), d.onTime());
    }

    /** What waits for the caller's roles in their units, the most urgent first (no transaction: see above). */
    public InboxPage inbox(Actor by, InboxFilter filter, int page, int size) {
        if (by.kind() != Actor.Kind.STAFF || by.grants().isEmpty()) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "The inbox is for staff");
        }
        if (page < 0 || size < 1 || size > 200) {
            throw ProblemException.invalidParameter(page < 0 ? "page" : "size",
                    page < 0 ? "must be 0 or more" : "must be between 1 and 200");
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("(");
        List<StaffGrant> grants = by.grants();
        for (int i = 0; i < grants.size(); i++) {
            where.append(i == 0 ? "" : " or ").append("(waiting_unit = :u").append(i)
                    .append(" and waiting_role = :r").append(i).append(")");
            params.put("u" + i, grants.get(i).unitSlug());
            params.put("r" + i, grants.get(i).role().code());
        }
        where.append(")");
        Instant now = clock.instant();
        params.put("now", Timestamp.from(now));
        String filters = "";
        if (filter.status() != null) {
            filters += " and status = :status";
            params.put("status", filter.status());
        }
        if (filter.procedureCode() != null && !filter.procedureCode().isBlank()) {
            filters += " and procedure_code = :procedure";
            params.put("procedure", filter.procedureCode());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            filters += " and waiting_due_at < :now";
        }
        // both totals in one pass over the inbox's index entries
        record Totals(long total, long overdue) { }
        Totals totals = jdbc.sql("select count(*), count(*) filter (where waiting_due_at < :now) from dossier where "
                        + where + filters)
                .params(params).query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2))).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<InboxItem> items = jdbc.sql("""
                        select code, status, procedure_code, procedure_name_vi, applicant_name, waiting_unit,
                               waiting_role, steps -> current_step ->> 'nameVi' as step_name,
                               coalesce(current_step_started_at, submitted_at) as since, waiting_due_at,
                               appointment_at
                        from dossier where """ + where + filters
                        // the text block would strip a leading space: ":now" + "order" was one parameter name
                        + " order by waiting_due_at nulls last, id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> {
                    Instant due = rs.getTimestamp("waiting_due_at") == null ? null
                            : rs.getTimestamp("waiting_due_at").toInstant();
                    DossierStatus status = DossierStatus.fromCode(rs.getInt("status")).orElseThrow();
                    return new InboxItem(rs.getString("code"), DossierView.StatusView.of(status),
                            rs.getString("procedure_code"), rs.getString("procedure_name_vi"),
                            rs.getString("applicant_name"), rs.getString("waiting_unit"), rs.getString("waiting_role"),
                            rs.getString("step_name"), rs.getTimestamp("since").toInstant(), due,
                            rs.getTimestamp("appointment_at") == null ? null
                                    : rs.getTimestamp("appointment_at").toInstant(),
                            due != null && due.isBefore(now));
                })
                .list();
        return new InboxPage(new ArrayList<>(items), page, size, totals.total(), totals.overdue());
    }
}

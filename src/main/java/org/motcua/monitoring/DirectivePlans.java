package org.motcua.monitoring;

import org.motcua.audit.AuditLog;
import org.motcua.identity.Caller;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The city's directive plans: the city administrator creates a plan with tasks assigned to units and deadlines; a
 * leader of the unit reports progress (100 % completes the task); everyone on the staff follows "17/17 tasks done"
 * with overdue tasks highlighted. Audited: {@code DIRECTIVE_PLAN_CREATED}, {@code DIRECTIVE_TASK_ADDED},
 * {@code DIRECTIVE_TASK_REPORTED}.
 */
@Service
public class DirectivePlans {

    private final JdbcClient jdbc;
    private final Units units;
    private final MonitoringAccess access;
    private final AuditLog audit;
    private final Clock clock;

    DirectivePlans(JdbcClient jdbc, Units units, MonitoringAccess access, AuditLog audit, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public DirectivePlan create(String code, String title, List<NewTask> tasks, Caller caller) {
        access.requireCityAdmin(caller);
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem("code", "the plan's number and symbol, e.g. 10-KH/BCĐTP"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "required"));
        }
        List<NewTask> list = tasks == null ? List.of() : tasks;
        for (int i = 0; i < list.size(); i++) {
            validate(list.get(i), "tasks[" + i + "]", problems);
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "The plan is not valid", problems);
        }
        Optional<Long> id = jdbc.sql("""
                        insert into monitoring_directive_plan (code, title, created_by, created_at)
                        values (:code, :title, :by, :at) on conflict (code) do nothing returning id""")
                .param("code", code.trim()).param("title", title.trim()).param("by", caller.id())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).optional();
        if (id.isEmpty()) {
            throw new ProblemException(ErrorCode.DIRECTIVE_PLAN_EXISTS, "Plan " + code.trim() + " exists already");
        }
        for (NewTask t : list) {
            insertTask(id.get(), t);
        }
        audit.record(caller.id(), "DIRECTIVE_PLAN_CREATED", "directive/" + id.get(),
                Map.of("code", code.trim(), "tasks", list.size()));
        return plan(id.get());
    }

    @Transactional
    public DirectivePlan addTask(long planId, NewTask task, Caller caller) {
        access.requireCityAdmin(caller);
        requirePlan(planId);
        List<FieldProblem> problems = new ArrayList<>();
        validate(task, "", problems);
        if (!problems.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "The task is not valid", problems);
        }
        long taskId = insertTask(planId, task);
        audit.record(caller.id(), "DIRECTIVE_TASK_ADDED", "directive/" + planId + "/tasks/" + taskId,
                Map.of("unit", task.unit(), "dueOn", task.dueOn().toString()));
        return plan(planId);
    }

    /** A leader of the task's unit reports progress (0–100); 100 completes the task. */
    @Transactional
    public DirectivePlan report(long planId, long taskId, Integer progress, String note, Caller caller) {
        requirePlan(planId);
        Map<String, Object> task = jdbc.sql("""
                        select unit, completed_at from monitoring_directive_task
                        where id = :task and plan_id = :plan for update""")
                .param("task", taskId).param("plan", planId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new ProblemException(ErrorCode.DIRECTIVE_TASK_NOT_FOUND,
                        "Plan " + planId + " has no task " + taskId));
        access.requireLeaderOf(caller, (String) task.get("unit"));
        if (task.get("completed_at") != null) {
            throw new ProblemException(ErrorCode.DIRECTIVE_TASK_COMPLETED, "Task " + taskId + " is completed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (progress == null || progress < 0 || progress > 100) {
            problems.add(new FieldProblem("progress", "a percentage from 0 to 100"));
        }
        if (note == null || note.isBlank()) {
            problems.add(new FieldProblem("note", "say what was done"));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "The report is not valid", problems);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into monitoring_directive_report (task_id, seq, progress, note, reported_by, reported_at)
                        select :task, coalesce(max(seq), 0) + 1, :progress, :note, :by, :at
                        from monitoring_directive_report where task_id = :task""")
                .param("task", taskId).param("progress", progress).param("note", note.trim())
                .param("by", caller.id()).param("at", Timestamp.from(now)).update();
        jdbc.sql("""
                        update monitoring_directive_task set progress = :progress,
                               completed_at = case when :progress = 100 then cast(:at as timestamptz) end
                        where id = :task""")
                .param("progress", progress).param("at", Timestamp.from(now)).param("task", taskId).update();
        audit.record(caller.id(), "DIRECTIVE_TASK_REPORTED", "directive/" + planId + "/tasks/" + taskId,
                Map.of("progress", progress));
        return plan(planId);
    }

    /** Every plan (with its tasks), or only the tasks of one unit when {@code unit} is given; newest plan first. */
    @Transactional(readOnly = true)
    public List<DirectivePlan> plans(String unit, Caller caller) {
        access.requireStaff(caller);
        if (unit != null) {
            units.require(unit);
        }
        List<Long> ids = jdbc.sql("""
                        select p.id from monitoring_directive_plan p
                        where cast(:unit as text) is null
                           or exists (select 1 from monitoring_directive_task t where t.plan_id = p.id and t.unit = :unit)
                        order by p.created_at desc, p.id desc""")
                .param("unit", unit).query(Long.class).list();
        return ids.stream().map(id -> filtered(plan(id), unit)).toList();
    }

    @Transactional(readOnly = true)
    public DirectivePlan get(long planId, Caller caller) {
        access.requireStaff(caller);
        requirePlan(planId);
        return plan(planId);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private DirectivePlan filtered(DirectivePlan p, String unit) {
        if (unit == null) {
            return p;
        }
        return summarise(p.id(), p.code(), p.title(), p.createdBy(), p.createdAt(),
                p.taskList().stream().filter(t -> t.unit().equals(unit)).toList());
    }

    private void validate(NewTask t, String prefix, List<FieldProblem> problems) {
        String p = prefix.isEmpty() ? "" : prefix + ".";
        if (t == null) {
            problems.add(new FieldProblem(prefix.isEmpty() ? "task" : prefix, "required"));
            return;
        }
        if (t.title() == null || t.title().isBlank()) {
            problems.add(new FieldProblem(p + "title", "required"));
        }
        if (t.unit() == null || units.find(t.unit()).isEmpty()) {
            problems.add(new FieldProblem(p + "unit", "unknown unit '" + t.unit() + "'"));
        }
        if (t.dueOn() == null) {
            problems.add(new FieldProblem(p + "dueOn", "the deadline, yyyy-MM-dd"));
        }
    }

    private long insertTask(long planId, NewTask t) {
        return jdbc.sql("""
                        insert into monitoring_directive_task (plan_id, title, unit, due_on, created_at)
                        values (:plan, :title, :unit, :due, :at) returning id""")
                .param("plan", planId).param("title", t.title().trim()).param("unit", t.unit())
                .param("due", Date.valueOf(t.dueOn())).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    private void requirePlan(long planId) {
        if (jdbc.sql("select count(*) from monitoring_directive_plan where id = :id").param("id", planId)
                .query(Integer.class).single() == 0) {
            throw new ProblemException(ErrorCode.DIRECTIVE_PLAN_NOT_FOUND, "No directive plan " + planId);
        }
    }

    private DirectivePlan plan(long id) {
        Map<String, Object> p = jdbc.sql("select * from monitoring_directive_plan where id = :id").param("id", id)
                .query().singleRow();
        Map<Long, List<DirectiveTask.ProgressReport>> reports = new HashMap<>();
        jdbc.sql("""
                        select r.* from monitoring_directive_report r join monitoring_directive_task t on t.id = r.task_id
                        where t.plan_id = :id order by r.task_id, r.seq""").param("id", id).query(rs -> {
            reports.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>()).add(
                    new DirectiveTask.ProgressReport(rs.getInt("seq"), rs.getInt("progress"), rs.getString("note"),
                            rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant()));
        });
        LocalDate today = LocalDate.now(clock.withZone(DossierContribution.ZONE));
        List<DirectiveTask> tasks = jdbc.sql("select * from monitoring_directive_task where plan_id = :id order by id")
                .param("id", id).query((rs, n) -> {
                    LocalDate due = rs.getDate("due_on").toLocalDate();
                    Timestamp done = rs.getTimestamp("completed_at");
                    Instant completedAt = done == null ? null : done.toInstant();
                    boolean late = completedAt != null
                            && completedAt.atZone(DossierContribution.ZONE).toLocalDate().isAfter(due);
                    return new DirectiveTask(rs.getLong("id"), rs.getString("title"), rs.getString("unit"), due,
                            rs.getInt("progress"), completedAt, completedAt == null && today.isAfter(due), late,
                            reports.getOrDefault(rs.getLong("id"), List.of()));
                }).list();
        return summarise(id, (String) p.get("code"), (String) p.get("title"), (String) p.get("created_by"),
                ((Timestamp) p.get("created_at")).toInstant(), tasks);
    }

    private static DirectivePlan summarise(long id, String code, String title, String by, Instant at,
                                           List<DirectiveTask> tasks) {
        int done = (int) tasks.stream().filter(t -> t.completedAt() != null).count();
        int overdue = (int) tasks.stream().filter(DirectiveTask::overdue).count();
        return new DirectivePlan(id, code, title, by, at, tasks.size(), done, overdue,
                done + "/" + tasks.size() + " tasks done", tasks);
    }
}

package org.motcua.documents;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Assignments of incoming documents and their progress reports (tables {@code documents_assignment}, {@code _progress}). */
@Repository
class Assignments {

    private static final RowMapper<Assignment> ROW = (rs, n) -> new Assignment(rs.getString("id"),
            rs.getString("incoming_id"), Assignment.AssigneeKind.valueOf(rs.getString("assignee_kind")),
            rs.getString("assignee"), Assignment.Purpose.valueOf(rs.getString("purpose")),
            rs.getBigDecimal("working_days"), Outgoings.instant(rs, "due_at"), Outgoings.instant(rs, "remind_at"),
            rs.getString("note"), rs.getString("assigned_by"), Outgoings.instant(rs, "assigned_at"),
            "CLOSED".equals(rs.getString("status")), Outgoings.instant(rs, "closed_at"), rs.getString("closed_by"),
            rs.getString("reply_symbol"));

    private final JdbcClient jdbc;

    Assignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Assignment a) {
        jdbc.sql("""
                        insert into documents_assignment (id, incoming_id, assignee_kind, assignee, purpose, working_days,
                            due_at, remind_at, note, assigned_by, assigned_at, status)
                        values (cast(:id as uuid), cast(:incoming as uuid), :kind, :assignee, :purpose, :days, :due, :remind,
                            :note, :by, :at, 'OPEN')""")
                .param("id", a.id()).param("incoming", a.incomingId()).param("kind", a.assigneeKind().name())
                .param("assignee", a.assignee()).param("purpose", a.purpose().name()).param("days", a.workingDays())
                .param("due", ts(a.dueAt())).param("remind", ts(a.remindAt())).param("note", a.note())
                .param("by", a.assignedBy()).param("at", ts(a.assignedAt())).update();
    }

    List<Assignment> ofIncoming(String incomingId) {
        return jdbc.sql("select * from documents_assignment where incoming_id = cast(:id as uuid) order by assigned_at, id")
                .param("id", incomingId).query(ROW).list();
    }

    /**
     * Open assignments a person handles: those naming them, and those given to a division of a unit in which they
     * are a processor (a division's processors handle what it is given), the nearest deadline first.
     */
    List<Assignment> openFor(String username, List<String> processorUnits) {
        return jdbc.sql("""
                        select a.* from documents_assignment a join documents_incoming i on i.id = a.incoming_id
                        where a.status = 'OPEN' and ((a.assignee_kind = 'PERSON' and a.assignee = :user)
                            or (a.assignee_kind = 'DEPARTMENT' and i.unit_slug = any(:units)))
                        order by a.due_at nulls last, a.assigned_at, a.id""")
                .param("user", username).param("units", processorUnits.toArray(String[]::new)).query(ROW).list();
    }

    Optional<Assignment> lock(String id) {
        if (!Ids.valid(id)) {
            return Optional.empty();
        }
        return jdbc.sql("select * from documents_assignment where id = cast(:id as uuid) for update").param("id", id)
                .query(ROW).optional();
    }

    void close(String id, String replySymbol, String by, Instant at) {
        jdbc.sql("""
                        update documents_assignment set status = 'CLOSED', reply_symbol = :reply, closed_by = :by,
                            closed_at = :at where id = cast(:id as uuid)""")
                .param("reply", replySymbol).param("by", by).param("at", ts(at)).param("id", id).update();
    }

    void progress(String assignmentId, String note, String by, Instant at) {
        jdbc.sql("""
                        insert into documents_progress (assignment_id, note, reported_by, reported_at)
                        values (cast(:id as uuid), :note, :by, :at)""")
                .param("id", assignmentId).param("note", note).param("by", by).param("at", ts(at)).update();
    }

    List<AssignmentView.Progress> progressOf(String assignmentId) {
        return jdbc.sql("""
                        select note, reported_by, reported_at from documents_progress
                        where assignment_id = cast(:id as uuid) order by id""")
                .param("id", assignmentId).query((rs, n) -> new AssignmentView.Progress(rs.getString(1),
                        rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }

    /** Reminder candidates: claimed rows stay locked until commit and are skipped by other nodes. */
    List<Assignment> claimApproaching(Instant now, int limit) {
        return jdbc.sql("""
                        select * from documents_assignment
                        where status = 'OPEN' and purpose = 'HANDLE' and approaching_sent_at is null and remind_at <= :now
                          and due_at > :now
                        order by remind_at limit :limit for update skip locked""")
                .param("now", ts(now)).param("limit", limit).query(ROW).list();
    }

    List<Assignment> claimOverdue(Instant now, int limit) {
        return jdbc.sql("""
                        select * from documents_assignment
                        where status = 'OPEN' and purpose = 'HANDLE' and overdue_sent_at is null and due_at <= :now
                        order by due_at limit :limit for update skip locked""")
                .param("now", ts(now)).param("limit", limit).query(ROW).list();
    }

    void approachingSent(String id, Instant at) {
        jdbc.sql("update documents_assignment set approaching_sent_at = :at where id = cast(:id as uuid)")
                .param("at", ts(at)).param("id", id).update();
    }

    void overdueSent(String id, Instant at) {
        jdbc.sql("update documents_assignment set overdue_sent_at = :at, "
                        + "approaching_sent_at = coalesce(approaching_sent_at, :at) where id = cast(:id as uuid)")
                .param("at", ts(at)).param("id", id).update();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}

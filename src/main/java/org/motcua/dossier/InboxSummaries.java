package org.motcua.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The staff inboxes counted per unit and role, for a daily digest: one query over the inbox index. */
@Service
public class InboxSummaries {

    private final JdbcClient jdbc;

    InboxSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every (unit, role) with something waiting: arrived at or after {@code arrivedSince}, due between {@code now} and
     * {@code dueBefore}, or overdue at {@code now}. Inboxes with none of these are left out.
     */
    @Transactional(readOnly = true)
    public List<InboxSummary> at(Instant now, Instant arrivedSince, Instant dueBefore) {
        return jdbc.sql("""
                        select waiting_unit, waiting_role,
                               count(*) filter (where coalesce(current_step_started_at, submitted_at) >= :since),
                               count(*) filter (where waiting_due_at >= :now and waiting_due_at < :before),
                               count(*) filter (where waiting_due_at < :now)
                        from dossier where waiting_unit is not null and waiting_role is not null
                        group by waiting_unit, waiting_role""")
                .param("since", Timestamp.from(arrivedSince)).param("now", Timestamp.from(now))
                .param("before", Timestamp.from(dueBefore))
                .query((rs, n) -> new InboxSummary(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .list().stream().filter(s -> s.arrived() + s.dueSoon() + s.overdue() > 0).toList();
    }
}

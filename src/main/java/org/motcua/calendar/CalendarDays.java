package org.motcua.calendar;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The calendar table (table {@code calendar_day}): holidays and swapped working days, one row per date. */
@Repository
class CalendarDays {

    private static final RowMapper<CalendarDay> ROW = (rs, n) -> new CalendarDay(
            rs.getObject("day", LocalDate.class),
            CalendarDayKind.fromCode(rs.getString("kind")).orElseThrow(),
            rs.getString("name_vi"), rs.getString("name_en"),
            rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));

    private final JdbcClient jdbc;

    CalendarDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every entry, in its own read-only transaction (it is also read right after another transaction commits). */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    List<CalendarDay> all() {
        return jdbc.sql("select * from calendar_day order by day").query(ROW).list();
    }

    List<CalendarDay> between(LocalDate first, LocalDate last) {
        return jdbc.sql("select * from calendar_day where day between :first and :last order by day")
                .param("first", first).param("last", last).query(ROW).list();
    }

    Optional<CalendarDay> find(LocalDate day) {
        return jdbc.sql("select * from calendar_day where day = :day").param("day", day).query(ROW).optional();
    }

    /** Serialises changes to the table until the end of the transaction, so each audit entry sees the true old value. */
    void lockForChange() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('calendar_day'))").query((rs, n) -> 1).list();
    }

    void save(LocalDate day, CalendarDayKind kind, String nameVi, String nameEn, String actor) {
        jdbc.sql("""
                        insert into calendar_day (day, kind, name_vi, name_en, updated_at, updated_by)
                        values (:day, :kind, :nameVi, :nameEn, now(), :actor)
                        on conflict (day) do update set kind = excluded.kind, name_vi = excluded.name_vi,
                            name_en = excluded.name_en, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by""")
                .param("day", day).param("kind", kind.code()).param("nameVi", nameVi).param("nameEn", nameEn)
                .param("actor", actor)
                .update();
    }

    boolean delete(LocalDate day) {
        return jdbc.sql("delete from calendar_day where day = :day").param("day", day).update() > 0;
    }

    /**
     * Loads a row of the shipped table unless that date was loaded before: an entry the city admin changed or removed
     * stays as the admin left it. Returns whether a row was added.
     */
    boolean seed(HolidayCsv.Row row) {
        return jdbc.sql("""
                        with first_time as (
                            insert into calendar_seeded_day (day) values (:day) on conflict (day) do nothing returning day
                        )
                        insert into calendar_day (day, kind, name_vi, name_en, updated_at, updated_by)
                        select day, :kind, :nameVi, :nameEn, now(), 'system' from first_time
                        on conflict (day) do nothing""")
                .param("day", row.date()).param("kind", row.kind().code()).param("nameVi", row.nameVi())
                .param("nameEn", row.nameEn())
                .update() > 0;
    }
}

package org.motcua.registry;

import org.motcua.problem.ProblemException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the registry access log (table {@code registry_access_log}, append-only): a person's own entries, and the
 * auditor's search. Entries are written only by {@link Registries}.
 */
@Service
public class RegistryAccessLog {

    static final int MAX_PAGE_SIZE = 200;

    private static final RowMapper<AccessLogEntry> ROW = (rs, n) -> new AccessLogEntry(rs.getLong("id"),
            rs.getTimestamp("at").toInstant(), rs.getString("reader_id"), rs.getString("reader_kind"),
            rs.getString("reader_name"), rs.getString("reader_unit"), rs.getString("reader_unit_name"),
            rs.getString("subject_id"), rs.getString("registry"),
            Arrays.asList((String[]) rs.getArray("fields").getArray()), rs.getString("purpose"),
            rs.getString("outcome"), rs.getString("source"), rs.getInt("duration_ms"));

    private final JdbcClient jdbc;

    RegistryAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every read of the data of {@code subjectId} (a personal ID number or tax code), newest first. */
    @Transactional(readOnly = true)
    public AccessLogPage ofSubject(String subjectId, int page, int size) {
        return search(new AccessLogQuery(subjectId, null, null, null, null), page, size);
    }

    @Transactional(readOnly = true)
    public AccessLogPage search(AccessLogQuery query, int page, int size) {
        if (page < 0) {
            throw ProblemException.invalidParameter("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalidParameter("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw ProblemException.invalidParameter("to", "must be after from");
        }
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new HashMap<>();
        if (blank(query.subject()) != null) {
            where.append(" and subject_id = :subject");
            params.put("subject", query.subject().strip());
        }
        if (blank(query.reader()) != null) {
            where.append(" and reader_id = :reader");
            params.put("reader", query.reader().strip());
        }
        String purpose = blank(query.purpose());
        if (purpose != null && purpose.endsWith("*")) {
            where.append(" and purpose like :purpose escape '\\'");
            params.put("purpose", purpose.substring(0, purpose.length() - 1).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        } else if (purpose != null) {
            where.append(" and purpose = :purpose");
            params.put("purpose", purpose);
        }
        if (query.from() != null) {
            where.append(" and at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.append(" and at < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        long total = jdbc.sql("select count(*) from registry_access_log where " + where).params(params)
                .query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        var items = jdbc.sql("select * from registry_access_log where " + where
                        + " order by id desc limit :limit offset :offset")
                .params(params).query(ROW).list();
        return new AccessLogPage(items, page, size, total);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

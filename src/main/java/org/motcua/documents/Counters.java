package org.motcua.documents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The yearly number sequences (table {@code documents_counter}). Taking a number locks the counter's row until the
 * transaction ends, so concurrent issuers of one body wait for each other and never get the same number; the counter
 * only grows, so a number once taken is never handed out again.
 */
@Repository
class Counters {

    enum Kind { OUT, IN }

    private final JdbcClient jdbc;

    Counters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int next(String unit, int year, Kind kind) {
        return jdbc.sql("""
                        insert into documents_counter (unit_slug, year, kind, last_number) values (:unit, :year, :kind, 1)
                        on conflict (unit_slug, year, kind)
                        do update set last_number = documents_counter.last_number + 1
                        returning last_number""")
                .param("unit", unit).param("year", year).param("kind", kind.name()).query(Integer.class).single();
    }
}

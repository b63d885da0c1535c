package org.motcua.notification;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/** Demo mode: SMS are recorded in the database instead of sent, to be read through the API. */
final class DemoSmsGateway implements SmsGateway {

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoSmsGateway(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(String reference, String to, String text, SmsText.Encoding encoding, int segments) {
        jdbc.sql("""
                        insert into notification_demo_sms (reference, to_number, text, encoding, segments, received_at)
                        values (:ref, :to, :text, :encoding, :segments, :at) on conflict (reference) do nothing""")
                .param("ref", reference).param("to", to).param("text", text).param("encoding", encoding.name())
                .param("segments", segments).param("at", Timestamp.from(clock.instant())).update();
    }

    List<DemoSms> received(String to, int limit) {
        return jdbc.sql("select id, reference, to_number, text, encoding, segments, received_at"
                        + " from notification_demo_sms" + (to == null ? "" : " where to_number = :to")
                        + " order by id desc limit :limit")
                .params(to == null ? java.util.Map.of("limit", limit) : java.util.Map.of("to", to, "limit", limit))
                .query((rs, n) -> new DemoSms(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant()))
                .list();
    }
}

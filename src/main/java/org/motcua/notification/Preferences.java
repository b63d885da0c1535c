package org.motcua.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/** The stored preferences of each person (none stored = the defaults). */
@Repository
class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    NotificationPreference of(Recipient recipient) {
        return jdbc.sql("""
                        select email_enabled, sms_enabled, language, email, phone
                        from notification_preference where recipient = :r""")
                .param("r", recipient.key())
                .query((rs, n) -> new NotificationPreference((Boolean) rs.getObject(1), (Boolean) rs.getObject(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional().orElse(NotificationPreference.NONE);
    }

    void save(Recipient recipient, NotificationPreference p, Instant now) {
        jdbc.sql("""
                        insert into notification_preference (recipient, email_enabled, sms_enabled, language, email,
                            phone, updated_at)
                        values (:r, :email, :sms, :language, :address, :phone, :now)
                        on conflict (recipient) do update set email_enabled = excluded.email_enabled,
                            sms_enabled = excluded.sms_enabled, language = excluded.language, email = excluded.email,
                            phone = excluded.phone, updated_at = excluded.updated_at""")
                .param("r", recipient.key()).param("email", p.email()).param("sms", p.sms())
                .param("language", p.language()).param("address", p.emailAddress()).param("phone", p.phone())
                .param("now", Timestamp.from(now)).update();
    }
}

package org.motcua.organization;

import org.motcua.demo.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode: {@code <unit-slug>.<role>} for every unit below the city and the five staff roles, plus
 * {@code city.admin}, {@code city.auditor} and the city's {@code city.clerk}, {@code city.leader} and
 * {@code city.processor} (official documents of the People's Committee); all with the password {@code demo}. Idempotent.
 */
@Component
@Order(40)
class DemoAccountSeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccountSeeder.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final DemoMode demo;

    DemoAccountSeeder(JdbcClient jdbc, PasswordEncoder passwords, DemoMode demo) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        // One hash shared by all demo accounts: hashing ~900 passwords one by one would cost a minute of start-up,
        // and these accounts share one public password anyway.
        String hash = passwords.encode(DEMO_PASSWORD);
        int created = jdbc.sql("""
                        insert into organization_staff_account (username, display_name, password_hash)
                        select u.slug || '.' || r.role, r.title || ' – ' || u.name_vi, :hash
                        from organization_unit u
                        cross join (values ('reception', 'Tiếp nhận'), ('processor', 'Chuyên viên'),
                                           ('leader', 'Lãnh đạo'), ('clerk', 'Văn thư'), ('admin', 'Quản trị')) r(role, title)
                        where u.type <> 'city'
                        union all
                        select 'city.admin', 'Quản trị Thành phố', :hash
                        union all
                        select 'city.auditor', 'Thanh tra Thành phố', :hash
                        union all
                        select 'city.' || r.role, r.title || ' – Ủy ban nhân dân Thành phố', :hash
                        from (values ('clerk', 'Văn thư'), ('leader', 'Lãnh đạo'), ('processor', 'Chuyên viên')) r(role, title)
                        on conflict (username) do nothing""")
                .param("hash", hash).update();
        jdbc.sql("""
                        insert into organization_staff_grant (username, unit_slug, role)
                        select u.slug || '.' || r.role, u.slug, r.role
                        from organization_unit u
                        cross join (values ('reception'), ('processor'), ('leader'), ('clerk'), ('admin')) r(role)
                        where u.type <> 'city'
                        union all
                        select 'city.admin', slug, 'admin' from organization_unit where slug = :city
                        union all
                        select 'city.auditor', slug, 'auditor' from organization_unit where slug = :city
                        union all
                        select 'city.' || r.role, u.slug, r.role from organization_unit u
                        cross join (values ('clerk'), ('leader'), ('processor')) r(role) where u.slug = :city
                        on conflict do nothing""")
                .param("city", StaffAccounts.CITY).update();
        if (created > 0) {
            log.info("Demo mode: created {} demo staff accounts (password '{}')", created, DEMO_PASSWORD);
        }
    }
}

package org.motcua.organization;

import org.motcua.audit.AuditLog;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Staff accounts and their grants (tables {@code organization_staff_account}, {@code organization_staff_grant}); also
 * the source of staff logins. Authorities: {@code ROLE_<ROLE>} for each role held, {@code ROLE_CITY_<ROLE>} for roles
 * held at the city unit, {@code UNIT_<slug>} for each unit the person works in and {@code GRANT_<slug>:<role>} for
 * each exact grant.
 */
@Repository
public class StaffAccounts {

    static final String CITY = "tp-ho-chi-minh";
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9.-]{2,99}$");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final OrganizationProperties properties;
    private final AuditLog audit;
    private final Units units;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, OrganizationProperties properties, AuditLog audit,
                  Units units, Optional<Clock> clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.properties = properties;
        this.audit = audit;
        this.units = units;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The account as Spring Security checks a login against it (hash, locked, authorities). */
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        record Row(String hash, boolean enabled, Instant lockedUntil) { }
        Row row = jdbc.sql("select password_hash, enabled, locked_until from organization_staff_account where username = :u")
                .param("u", username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getBoolean(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional().orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
        List<StaffGrant> grants = grantsOf(username);
        return User.withUsername(username).password(row.hash()).disabled(!row.enabled())
                .accountLocked(row.lockedUntil() != null && row.lockedUntil().isAfter(clock.instant()))
                .authorities(authorities(grants)).build();
    }

    static List<GrantedAuthority> authorities(List<StaffGrant> grants) {
        Set<String> names = new LinkedHashSet<>();
        names.add("ROLE_STAFF");
        for (StaffGrant g : grants) {
            String role = g.role().name();
            names.add("ROLE_" + role);
            names.add("UNIT_" + g.unitSlug());
            names.add("GRANT_" + g.unitSlug() + ":" + g.role().code());
            if (CITY.equals(g.unitSlug())) {
                names.add("ROLE_CITY_" + role);
            }
        }
        return names.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> find(String username) {
        return jdbc.sql("""
                        select username, display_name, enabled, failed_attempts, locked_until
                        from organization_staff_account where username = :u""")
                .param("u", username)
                .query((rs, n) -> new StaffAccount(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), grantsOf(username)))
                .optional();
    }

    /** Accounts holding a role in the unit, by username. */
    @Transactional(readOnly = true)
    public List<StaffAccount> ofUnit(String unitSlug) {
        units.require(unitSlug);
        List<String> names = jdbc.sql("""
                        select distinct username from organization_staff_grant where unit_slug = :unit order by username""")
                .param("unit", unitSlug).query(String.class).list();
        return names.stream().map(n -> find(n).orElseThrow()).toList();
    }

    /** Creates an account with its roles in one unit. */
    @Transactional
    public StaffAccount create(String unitSlug, String username, String displayName, String password,
                               List<Role> roles, String actor) {
        units.require(unitSlug);
        List<org.motcua.problem.FieldProblem> errors = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new org.motcua.problem.FieldProblem("username",
                    "3-100 lower-case letters, digits, dots or hyphens"));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            errors.add(new org.motcua.problem.FieldProblem("displayName", "is required (at most 200 characters)"));
        }
        if (password == null || password.length() < properties.minPasswordLength()) {
            errors.add(new org.motcua.problem.FieldProblem("password",
                    "must have at least " + properties.minPasswordLength() + " characters"));
        }
        if (roles == null || roles.isEmpty()) {
            errors.add(new org.motcua.problem.FieldProblem("roles", "at least one role is required"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_STAFF_ACCOUNT, "The staff account is invalid", errors);
        }
        int inserted = jdbc.sql("""
                        insert into organization_staff_account (username, display_name, password_hash)
                        values (:u, :name, :hash) on conflict (username) do nothing""")
                .param("u", username).param("name", displayName.strip()).param("hash", passwords.encode(password))
                .update();
        if (inserted == 0) {
            throw new ProblemException(ErrorCode.STAFF_ACCOUNT_EXISTS, "The username '" + username + "' is taken");
        }
        for (Role role : roles) {
            grant(username, unitSlug, role);
        }
        audit.record(actor, "STAFF_ACCOUNT_CREATED", "staff:" + username,
                Map.of("unit", unitSlug, "roles", roles.stream().map(Role::code).toList()));
        return find(username).orElseThrow();
    }

    /**
     * Replaces the roles the account holds in {@code unitSlug}.
     *
     * @throws ProblemException {@code staff-self-lockout} when an administrator would give up their own admin role
     */
    @Transactional
    public StaffAccount replaceRoles(String unitSlug, String username, List<Role> roles, String actor) {
        StaffAccount before = requireInUnit(unitSlug, username);
        if (username.equals(actor) && before.holds(unitSlug, Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new ProblemException(ErrorCode.STAFF_SELF_LOCKOUT,
                    "'" + actor + "' cannot revoke their own administrator role in '" + unitSlug + "'");
        }
        jdbc.sql("delete from organization_staff_grant where username = :u and unit_slug = :unit")
                .param("u", username).param("unit", unitSlug).update();
        for (Role role : roles) {
            grant(username, unitSlug, role);
        }
        events.publishEvent(new StaffAccountChanged(username, "roles"));
        audit.record(actor, "STAFF_ROLES_CHANGED", "staff:" + username, Map.of("unit", unitSlug,
                "from", before.grants().stream().filter(g -> g.unitSlug().equals(unitSlug))
                        .map(g -> g.role().code()).toList(),
                "to", roles.stream().map(Role::code).toList()));
        return find(username).orElseThrow();
    }

    /**
     * Locks the account until an administrator unlocks it (e.g. the official left the unit): no login succeeds.
     *
     * @throws ProblemException {@code staff-self-lockout} when the administrator names their own account
     */
    @Transactional
    public StaffAccount lock(String unitSlug, String username, String actor) {
        requireInUnit(unitSlug, username);
        if (username.equals(actor)) {
            throw new ProblemException(ErrorCode.STAFF_SELF_LOCKOUT, "'" + actor + "' cannot lock their own account");
        }
        jdbc.sql("update organization_staff_account set enabled = false where username = :u")
                .param("u", username).update();
        events.publishEvent(new StaffAccountChanged(username, "locked"));
        audit.record(actor, "STAFF_ACCOUNT_LOCKED_BY_ADMIN", "staff:" + username, Map.of("unit", unitSlug));
        return find(username).orElseThrow();
    }

    /** Lifts a lock-out before it expires, and a lock set by an administrator. */
    @Transactional
    public StaffAccount unlock(String unitSlug, String username, String actor) {
        requireInUnit(unitSlug, username);
        jdbc.sql("""
                        update organization_staff_account set failed_attempts = 0, locked_until = null, enabled = true
                        where username = :u""")
                .param("u", username).update();
        events.publishEvent(new StaffAccountChanged(username, "unlocked"));
        audit.record(actor, "STAFF_ACCOUNT_UNLOCKED", "staff:" + username, Map.of("unit", unitSlug));
        return find(username).orElseThrow();
    }

    /** Counts a wrong password; the {@code maxFailedLogins}-th in a row locks the account. */
    @Transactional
    void recordFailedLogin(String username) {
        Instant now = clock.instant();
        Boolean locked = jdbc.sql("""
                        update organization_staff_account
                        set failed_attempts = failed_attempts + 1,
                            locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
                        where username = :u
                        returning failed_attempts >= :max""")
                .param("max", properties.maxFailedLogins())
                .param("until", Timestamp.from(now.plus(properties.lockDuration())))
                .param("u", username)
                .query(Boolean.class).optional().orElse(false);
        if (locked) {
            jdbc.sql("update organization_staff_account set failed_attempts = 0 where username = :u")
                    .param("u", username).update();
            events.publishEvent(new StaffAccountChanged(username, "locked"));
            audit.record("system", "STAFF_ACCOUNT_LOCKED", "staff:" + username,
                    Map.of("reason", properties.maxFailedLogins() + " failed logins",
                            "until", now.plus(properties.lockDuration()).toString()));
        }
    }

    @Transactional
    void recordSuccessfulLogin(String username) {
        jdbc.sql("update organization_staff_account set failed_attempts = 0 where username = :u and failed_attempts > 0")
                .param("u", username).update();
    }

    private StaffAccount requireInUnit(String unitSlug, String username) {
        units.require(unitSlug);
        return find(username).filter(a -> a.grants().stream().anyMatch(g -> g.unitSlug().equals(unitSlug)))
                .orElseThrow(() -> new ProblemException(ErrorCode.STAFF_ACCOUNT_NOT_FOUND,
                        "No staff account '" + username + "' in unit '" + unitSlug + "'"));
    }

    private void grant(String username, String unitSlug, Role role) {
        jdbc.sql("""
                        insert into organization_staff_grant (username, unit_slug, role) values (:u, :unit, :role)
                        on conflict do nothing""")
                .param("u", username).param("unit", unitSlug).param("role", role.code()).update();
    }

    private List<StaffGrant> grantsOf(String username) {
        return jdbc.sql("select unit_slug, role from organization_staff_grant where username = :u order by unit_slug, role")
                .param("u", username)
                .query((rs, n) -> new StaffGrant(rs.getString(1), Role.fromCode(rs.getString(2)).orElseThrow()))
                .list();
    }
}

package org.motcua.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param maxFailedLogins consecutive wrong passwords that lock an account ({@code MOTCUA_LOGIN_MAX_FAILURES})
 * @param lockDuration    how long a locked account stays locked ({@code MOTCUA_LOGIN_LOCK_DURATION}, e.g. 15m)
 * @param minPasswordLength shortest password accepted for a new account (demo accounts excepted)
 */
@ConfigurationProperties("motcua.organization")
public record OrganizationProperties(@DefaultValue("5") int maxFailedLogins,
                                     @DefaultValue("15m") Duration lockDuration,
                                     @DefaultValue("12") int minPasswordLength) {
}

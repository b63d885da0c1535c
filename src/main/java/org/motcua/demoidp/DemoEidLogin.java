package org.motcua.demoidp;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.time.Instant;
import java.util.List;

/**
 * Demo only: logs in as any living person of the demo population, without a password. The resulting login exists
 * only inside the demo provider; the platform learns of it through the ID token, like from the national e-ID.
 */
final class DemoEidLogin implements AuthenticationProvider {

    private final DemoEidAccounts accounts;

    DemoEidLogin(DemoEidAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        DemoAccount account = accounts.find(authentication.getName())
                .orElseThrow(() -> new BadCredentialsException("No such person in the demo population"));
        // the factor's time becomes the ID token's auth_time
        return UsernamePasswordAuthenticationToken.authenticated(account.personalId(), null,
                List.of(new SimpleGrantedAuthority("ROLE_DEMO_EID_USER"),
                        FactorGrantedAuthority.withFactor("DEMO_CHOICE").issuedAt(Instant.now()).build()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

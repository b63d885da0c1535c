package org.motcua.identity;

import org.motcua.demo.DemoMode;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Access rules. The API is stateless; reading public information (units, procedures, the calendar) needs no login,
 * everything else does. HTTP Basic is accepted only in demo mode, for the demo accounts.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the {id} prefix lets stored hashes move to a stronger algorithm without a reset
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Staff accounts, and in demo mode the demo citizens; one source so HTTP Basic and later form login agree.
     */
    @Bean
    @org.springframework.context.annotation.Primary
    org.springframework.security.core.userdetails.UserDetailsService platformUsers(
            org.motcua.organization.StaffAccounts staff, DemoMode demo, PasswordEncoder passwords) {
        String demoHash = demo.enabled() ? passwords.encode("demo") : null;
        return username -> {
            if (demo.enabled() && DemoCitizens.isCitizenId(username)) {
                return org.springframework.security.core.userdetails.User.withUsername(username).password(demoHash)
                        .authorities(Callers.CITIZEN_AUTHORITY).build();
            }
            return staff.loadUserByUsername(username);
        };
    }

    @Bean
    BasicLoginCache basicAuthentication(
            org.springframework.security.core.userdetails.UserDetailsService platformUsers, PasswordEncoder passwords) {
        var passwordCheck = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(platformUsers);
        passwordCheck.setPasswordEncoder(passwords);
        return new BasicLoginCache(new CachingBasicAuthenticationProvider(passwordCheck,
                java.time.Duration.ofSeconds(60), java.time.Clock.systemUTC()));
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, DemoMode demo, JsonMapper json,
                            org.springframework.security.core.userdetails.UserDetailsService platformUsers,
                            BasicLoginCache cached, AuthenticationEventPublisher events)
            throws Exception {
        var manager = new org.springframework.security.authentication.ProviderManager(cached.provider());
        manager.setAuthenticationEventPublisher(events);
        http.authenticationManager(manager);
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/units", "/api/v1/units/*",
                                "/api/v1/procedures", "/api/v1/procedures/**", "/api/v1/sectors",
                                "/api/v1/calendar/**", "/api/v1/public/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(unauthenticated(json, demo))
                        .accessDeniedHandler(forbidden(json)));
        if (demo.enabled()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated(json, demo)));
        }
        return http.build();
    }

    private static AuthenticationEntryPoint unauthenticated(JsonMapper json, DemoMode demo) {
        return (request, response, e) -> {
            if (demo.enabled()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Mot Cua (demo accounts)\", charset=\"UTF-8\"");
            }
            write(json, response, Problems.of(ErrorCode.UNAUTHENTICATED,
                    "Log in to use this part of the API" + (demo.enabled()
                            ? " (demo mode: HTTP Basic with a demo account such as city.admin / demo)" : ""),
                    List.of()));
        };
    }

    private static AccessDeniedHandler forbidden(JsonMapper json) {
        return (request, response, e) -> write(json, response,
                Problems.of(ErrorCode.FORBIDDEN, "Your roles do not allow this", List.of()));
    }

    private static void write(JsonMapper json, jakarta.servlet.http.HttpServletResponse response,
                              ProblemDetail problem) throws java.io.IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

package org.motcua.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.motcua.demo.DemoMode;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Set;

/**
 * Access rules, in two filter chains.
 * <ul>
 * <li>The API ({@code /api/**}): bearer JWTs from the trusted issuers ({@link BearerTokenIssuers}), the browser's
 * session after an e-ID login (state-changing calls then need the {@code XSRF-TOKEN} cookie's value in the
 * {@code X-XSRF-TOKEN} header), and HTTP Basic with the demo accounts in demo mode only. The API never creates a
 * session. Reading public information (units, procedures, the calendar) needs no login.</li>
 * <li>The web: OpenID Connect login (authorization code with PKCE) through the e-ID ({@code /oauth2/authorization/eid})
 * or the city's staff provider ({@code /oauth2/authorization/staff}), session-based with CSRF protection.</li>
 * </ul>
 * The embedded demo e-ID provider has its own chain in the {@code demoidp} module, ordered before these.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecurityConfiguration.class);

    static final int API_ORDER = 20;
    static final int WEB_ORDER = 30;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * No observation around each security filter, authentication and authorization of every request: traces nobody
     * collects here (no tracing is configured), measured at 8 % of the CPU of a dossier submission. The HTTP
     * server's own observation (http.server.requests) stays.
     */
    @Bean
    static org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

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
    @Order(API_ORDER)
    SecurityFilterChain api(HttpSecurity http, DemoMode demo, JsonMapper json,
                            BasicLoginCache cached, AuthenticationEventPublisher events,
                            BearerTokenIssuers issuers) throws Exception {
        var checking = new org.springframework.security.authentication.ProviderManager(cached.provider());
        checking.setAuthenticationEventPublisher(events);
        // a login remembered from a recent check is answered without a new check, event or write (see the cache)
        org.springframework.security.authentication.AuthenticationManager manager = authentication -> {
            org.springframework.security.core.Authentication known = cached.provider().remembered(authentication);
            return known != null ? known : checking.authenticate(authentication);
        };
        AuthenticationEntryPoint unauthenticated = unauthenticated(json, demo);
        http.authenticationManager(manager);
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                // only a browser session (cookie, no Authorization header) can be ridden by another site. The token
                // is the pages' XSRF-TOKEN cookie, read from the X-XSRF-TOKEN header; unlike the pages' chain this one
                // does not issue it on every answer (a new random token and a Set-Cookie for each anonymous look-up or
                // client with an Authorization header, which has no use for it): only when a session's write checks it
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(SecurityConfiguration::sessionCookieWrite)
                        // the payment gateway's server-to-server notification is authenticated by its checksum
                        .ignoringRequestMatchers("/api/v1/payments/notify"))
                // reads the session of an e-ID login in the browser, never creates one
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/payments/notify").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/units", "/api/v1/units/*",
                                "/api/v1/procedures", "/api/v1/procedures/**", "/api/v1/sectors",
                                "/api/v1/calendar/**", "/api/v1/public/**").permitAll()
                        // feedback: reporters need no login (anonymous reports, private follow links)
                        .requestMatchers("/api/v1/feedback/public/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(new JwtIssuerAuthenticationManagerResolver(issuers))
                        .authenticationEntryPoint(unauthenticated)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler((request, response, e) -> {
                                    if (e instanceof AuthenticationServiceException) {
                                        log.warn("Bearer token not checked on {}: {}", request.getRequestURI(),
                                                e.getMessage(), e.getCause());
                                        write(json, response, Problems.of(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE,
                                                "The identity provider that issued the token cannot be reached; "
                                                        + "try again in a moment", List.of()));
                                    } else {
                                        unauthenticated.commence(request, response, e);
                                    }
                                });
                                return filter;
                            }
                        }))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden(json)));
        if (demo.enabled()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated));
        }
        return http.build();
    }

    @Bean
    @Order(WEB_ORDER)
    SecurityFilterChain web(HttpSecurity http, PlatformClientRegistrations registrations, PlatformOidcUsers users,
                            org.motcua.organization.StaffAccounts staff, PasswordEncoder passwords)
            throws Exception {
        var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        // PKCE (S256) for confidential clients too, not only for public ones
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.csrf(csrf -> csrf.spa())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/account", "/account/**").authenticated()
                        // the citizen's applications and dossiers: the e-ID login first, then back here
                        .requestMatchers("/apply/**", "/my/**").authenticated()
                        .requestMatchers("/staff/login").permitAll()
                        .requestMatchers("/staff", "/staff/**").hasRole("STAFF")
                        .anyRequest().permitAll())
                .oauth2Login(login -> login
                        .loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        // access tokens live in the session, not in an ever-growing in-memory map
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                        .defaultSuccessUrl("/account")
                        .failureUrl("/login?error"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new UnreachableProviderRedirect(registrations),
                        OAuth2AuthorizationRequestRedirectFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(loginPages()));
        // staff: the form on /staff/login checks the password of a staff account (never a citizen's)
        var staffPasswords = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(
                staff::loadUserByUsername);
        staffPasswords.setPasswordEncoder(passwords);
        http.authenticationProvider(staffPasswords)
                .formLogin(form -> form.loginPage("/staff/login").loginProcessingUrl("/staff/login")
                        .defaultSuccessUrl("/staff").failureUrl("/staff/login?error"));
        return http.build();
    }

    /** Staff pages send an anonymous visitor to the staff login, every other page to the e-ID login page. */
    private static AuthenticationEntryPoint loginPages() {
        var staffPages = org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                .matcher("/staff/**");
        var staffLogin = new LoginUrlAuthenticationEntryPoint("/staff/login");
        var login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> (staffPages.matches(request) || "/staff".equals(request.getRequestURI())
                ? staffLogin : login).commence(request, response, e);
    }

    private static boolean sessionCookieWrite(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader("Authorization") == null
                && request.getSession(false) != null;
    }

    private static AuthenticationEntryPoint unauthenticated(JsonMapper json, DemoMode demo) {
        return (request, response, e) -> {
            boolean badToken = e instanceof OAuth2AuthenticationException;
            response.addHeader("WWW-Authenticate", badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
            if (demo.enabled()) {
                response.addHeader("WWW-Authenticate", "Basic realm=\"Mot Cua (demo accounts)\", charset=\"UTF-8\"");
            }
            String detail = badToken
                    ? "The bearer token is invalid, expired or not from a trusted issuer; get a new one"
                    : "Log in to use this part of the API" + (demo.enabled()
                            ? " (demo mode: HTTP Basic with a demo account such as city.admin / demo)" : "");
            write(json, response, Problems.of(ErrorCode.UNAUTHENTICATED, detail, List.of()));
        };
    }

    private static AccessDeniedHandler forbidden(JsonMapper json) {
        return (request, response, e) -> write(json, response, Problems.of(ErrorCode.FORBIDDEN,
                e instanceof CsrfException
                        ? "Calls made with the browser's login session must send the XSRF-TOKEN cookie's value in "
                        + "the X-XSRF-TOKEN header"
                        : "Your roles do not allow this", List.of()));
    }

    private static void write(JsonMapper json, jakarta.servlet.http.HttpServletResponse response,
                              ProblemDetail problem) throws java.io.IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

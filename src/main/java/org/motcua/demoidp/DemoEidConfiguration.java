package org.motcua.demoidp;

import org.motcua.identity.EidProperties;
import org.motcua.identity.PlatformAddress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.util.Map;

/**
 * Spring Authorization Server under {@code /demo-eid}: discovery at {@code /demo-eid/.well-known/openid-configuration},
 * authorization, token, JWK set and userinfo endpoints below it, and the demo login page. Its issuer is taken from the
 * request ({@code <platform address>/demo-eid}), so it follows {@code MOTCUA_PUBLIC_URL} behind a proxy.
 * Authorizations live in memory, which is enough for a demo on one node.
 * <p>
 * It shares the servlet session with the platform (same host) but keeps its own login in its own session attribute,
 * so logging in to the demo provider does not log anyone in to the platform — only the ID token does.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoEidEnabled.class)
class DemoEidConfiguration {

    /** Before the platform's own chains (identity module). */
    static final int ORDER = 10;

    @Bean
    DemoEid demoEid(EidProperties eid) {
        return new DemoEid(eid);
    }

    @Bean
    @Order(ORDER)
    SecurityFilterChain demoEidProvider(HttpSecurity http, DemoEid provider, DemoEidAccounts accounts,
                                        EidProperties eid, PlatformAddress address) throws Exception {
        JwtGenerator tokens = new JwtGenerator(new NimbusJwtEncoder(provider.keys()));
        tokens.setJwtCustomizer(new DemoEidTokenClaims(accounts, eid));
        var sessionLogin = new HttpSessionSecurityContextRepository();
        sessionLogin.setSpringSecurityContextKey("MOTCUA_DEMO_EID_LOGIN");
        var savedRequests = new HttpSessionRequestCache();
        savedRequests.setSessionAttrName("MOTCUA_DEMO_EID_SAVED_REQUEST");
        String login = DemoEid.PATH + "/login";

        http.securityMatcher(DemoEid.PATH + "/**")
                .oauth2AuthorizationServer(server -> server
                        .registeredClientRepository(new PlatformClient(provider, address))
                        .authorizationService(new InMemoryOAuth2AuthorizationService())
                        .authorizationConsentService(new InMemoryOAuth2AuthorizationConsentService())
                        // endpoints at their default paths below whatever prefix the request has: /demo-eid/...
                        .authorizationServerSettings(AuthorizationServerSettings.builder()
                                .multipleIssuersAllowed(true).build())
                        .tokenGenerator(new DelegatingOAuth2TokenGenerator(tokens))
                        .oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(context ->
                                new OidcUserInfo(idTokenClaims(context.getAuthorization()))))))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt
                        .decoder(NimbusJwtDecoder.withJwkSource(provider.keys()).build())))
                .securityContext(context -> context.securityContextRepository(sessionLogin))
                .requestCache(cache -> cache.requestCache(savedRequests))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(login).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(login).loginProcessingUrl(login).usernameParameter("personalId")
                        .failureUrl(login + "?error").permitAll()
                        // the login form knows the demo population only, never the platform's own accounts
                        .withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                            @Override
                            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationManager(new ProviderManager(new DemoEidLogin(accounts)));
                                return filter;
                            }
                        }))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(login),
                        PathPatternRequestMatcher.withDefaults().matcher(DemoEid.PATH + "/oauth2/authorize")));
        return http.build();
    }

    private static Map<String, Object> idTokenClaims(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OidcIdToken> idToken = authorization.getToken(OidcIdToken.class);
        return idToken == null ? Map.of("sub", authorization.getPrincipalName()) : idToken.getToken().getClaims();
    }
}

package org.motcua.feedback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Open311 API ({@code /open311/**}) has its own filter chain: no login, no session, no CSRF token — its clients
 * are apps and bots; writes are authenticated by the {@code api_key} parameter as the specification says.
 */
@Configuration(proxyBeanMethods = false)
class Open311SecurityConfiguration {

    @Bean
    @Order(15)
    SecurityFilterChain open311(HttpSecurity http) throws Exception {
        http.securityMatcher("/open311/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> { })
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}

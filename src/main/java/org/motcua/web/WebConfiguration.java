package org.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.view.RedirectView;

import java.io.IOException;
import java.time.Duration;
import java.util.TreeSet;

/**
 * Languages and texts of the pages: Vietnamese by default, English after {@code ?lang=en} (kept in a cookie, works
 * without JavaScript); one message source over the bundles of every module ({@code <module>/messages.properties});
 * the {@link PageContext} in the model of every view as {@code page}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final PageContexts pages;

    /** The application context is the message source: it delegates to {@link #messageSource()}. */
    WebConfiguration(ApplicationContext context) {
        this.pages = new PageContexts(context);
    }

    /** Every module's bundle: {@code classpath:<module>/messages.properties} (+ {@code _en}). */
    static final String BUNDLES = "classpath*:*/messages.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        TreeSet<String> basenames = new TreeSet<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(BUNDLES)) {
            String url = bundle.getURL().toString();
            String folder = url.substring(0, url.lastIndexOf('/'));
            basenames.add("classpath:" + folder.substring(folder.lastIndexOf('/') + 1) + "/messages");
        }
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames(basenames.toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Languages.VIETNAMESE);
        return messages;
    }

    /** Spring MVC's annotated mappings, looked up through an index (see {@link IndexedRequestMappings}). */
    @Bean
    WebMvcRegistrations indexedRequestMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new IndexedRequestMappings();
            }
        };
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("motcua-lang");
        resolver.setDefaultLocale(Languages.VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView view) {
                if (view != null && !(view.getView() instanceof RedirectView)
                        && (view.getViewName() == null || !view.getViewName().startsWith("redirect:"))) {
                    view.addObject("page", pages.of(request));
                }
            }
        });
    }

    /** Makes the page context of a request. */
    static final class PageContexts {

        private final MessageSource messages;

        PageContexts(MessageSource messages) {
            this.messages = messages;
        }

        PageContext of(HttpServletRequest request) {
            return new PageContext(messages, LocaleContextHolder.getLocale(), request);
        }
    }

}

package org.motcua.web;

import org.junit.jupiter.api.Test;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index of request mappings must choose exactly what Spring's own lookup over every mapping chooses — the same
 * handler, the same path variables, the same error — for every mapping of the platform and for paths that match none.
 */
@PlatformTest
class IndexedRequestMappingsIntegrationTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void theAnnotatedMappingsAreLookedUpThroughTheIndex() {
        assertThat(mapping).isInstanceOf(IndexedRequestMappings.class);
    }

    @Test
    void everyMappingIsFoundThroughTheIndexAsSpringFindsItOverAllMappings() throws Exception {
        IndexedRequestMappings indexed = (IndexedRequestMappings) mapping;
        Set<String> requests = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : indexed.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            String contentType = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                    .map(MediaType::toString).orElse(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    requests.add(method + " " + samplePath(pattern.getPatternString()) + " " + contentType);
                }
            }
        }
        assertThat(requests).hasSizeGreaterThan(150);
        int found = 0;
        int foundInIndex = 0;
        for (String request : requests) {
            String[] parts = request.split(" ", 3);
            Outcome withIndex = lookUp(indexed, parts[0], parts[1], parts[2], true);
            assertThat(withIndex).as(request).isEqualTo(lookUp(indexed, parts[0], parts[1], parts[2], false));
            found += withIndex.handler() == null ? 0 : 1;
            foundInIndex += inIndex(indexed, parts[0], parts[1], parts[2]) ? 1 : 0;
        }
        // a few need parameters or headers the probe does not send; those must fail alike, checked above
        assertThat(found).isGreaterThan(requests.size() * 9 / 10);
        // every path with a variable was found by the index itself (exact paths are Spring's own fast case)
        long withVariables = requests.stream().filter(r -> r.contains("v1x") || r.contains("a/b")).count();
        assertThat(withVariables).isGreaterThan(50);
        assertThat(foundInIndex).isGreaterThanOrEqualTo((int) withVariables * 9 / 10);
    }

    @Test
    void pathsOfNoMappingAndWrongMethodsGetSpringsOwnAnswers() throws Exception {
        IndexedRequestMappings indexed = (IndexedRequestMappings) mapping;
        List<String> requests = List.of(
                "GET /nothing-here", "GET /api/v1/nothing-here", "GET /api/v1/public/dossiers/X/Y",
                "GET /API/v1/public/dossiers/X", "GET /api/v1/public/dossiers/A%2FB", "GET /api/v1/dossiers/X/actions",
                "DELETE /api/v1/dossiers/X/actions", "PUT /api/v1/public/dossiers/X", "GET /staff/dossiers/X/nothing",
                "GET /api/v1/public/dossiers/X;jsessionid=1", "GET /api/v1//public/dossiers/X", "GET /",
                "GET /api/v1/public/dossiers/", "POST /api/v1/dossiers/X/actions");
        for (String request : requests) {
            String[] parts = request.split(" ", 2);
            String form = MediaType.APPLICATION_FORM_URLENCODED_VALUE;
            assertThat(lookUp(indexed, parts[0], parts[1], form, true)).as(request)
                    .isEqualTo(lookUp(indexed, parts[0], parts[1], form, false));
        }
        assertThat(lookUp(indexed, "PUT", "/api/v1/public/dossiers/X", "text/plain", true).error())
                .isEqualTo("HttpRequestMethodNotSupportedException");
        assertThat(lookUp(indexed, "GET", "/api/v1/public/dossiers/X", "text/plain", true).variables())
                .isEqualTo(Map.of("code", "X"));
    }

    @Test
    void aPatternIsIndexedByItsLiteralStartAndAPathByEachOfItsStarts() {
        assertThat(IndexedRequestMappings.keyOf("/api/v1/public/dossiers/{code}")).isEqualTo("/api/v1/public");
        assertThat(IndexedRequestMappings.keyOf("/api/{version}/units")).isEqualTo("/api");
        assertThat(IndexedRequestMappings.keyOf("/staff/*.pdf")).isEqualTo("/staff");
        assertThat(IndexedRequestMappings.keyOf("/**")).isEmpty();
        assertThat(IndexedRequestMappings.keyOf("/")).isEmpty();
        assertThat(IndexedRequestMappings.keysOf(PathContainer.parsePath("/api/v1/public/dossiers/X")))
                .containsExactly("", "/api", "/api/v1", "/api/v1/public");
        assertThat(IndexedRequestMappings.keysOf(PathContainer.parsePath("/a%62c;x=1/d")))
                .containsExactly("", "/abc", "/abc/d");
    }

    /** What a lookup chose: the handler, the path variables, or the exception's class. */
    record Outcome(String handler, Map<String, String> variables, String error) {
    }

    private static Outcome lookUp(IndexedRequestMappings mapping, String method, String path, String contentType,
                                  boolean indexed) {
        MockHttpServletRequest request = request(method, path, contentType);
        String lookupPath = lookupPath(request);
        try {
            HandlerMethod handler = indexed ? mapping.lookupHandlerMethod(lookupPath, request)
                    : mapping.lookUpWithoutIndex(lookupPath, request);
            @SuppressWarnings("unchecked")
            Map<String, String> variables = (Map<String, String>) request
                    .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            return new Outcome(Objects.toString(handler, null), variables, null);
        } catch (Exception e) {
            return new Outcome(null, null, e.getClass().getSimpleName());
        }
    }

    private static boolean inIndex(IndexedRequestMappings mapping, String method, String path, String contentType) {
        MockHttpServletRequest request = request(method, path, contentType);
        return mapping.lookUpInIndex(lookupPath(request), request) != null;
    }

    private static MockHttpServletRequest request(String method, String path, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader(HttpHeaders.ACCEPT, MediaType.ALL_VALUE);
        if (!method.equals("GET")) {
            request.setContentType(contentType);
        }
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    private static String lookupPath(MockHttpServletRequest request) {
        return ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
    }

    /** A path the pattern matches: each variable or wildcard segment becomes a plain word. */
    private static String samplePath(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]*}", "a/b").replaceAll("\\{[^}]*}", "v1x").replace("**", "a/b")
                .replace("*", "a");
    }
}

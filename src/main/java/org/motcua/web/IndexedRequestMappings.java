package org.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The annotated request mappings, looked up through an index of their patterns' leading literal segments.
 *
 * <p>Why: for a path with a variable in it ({@code /api/v1/public/dossiers/{code}}, {@code /staff/dossiers/{code}})
 * Spring MVC tries every one of the platform's ~250 mappings in turn, and that was a fifth of the CPU of a public
 * look-up. Here only the mappings whose literal start (up to {@value #DEPTH} segments) equals the request path's are
 * tried — a mapping outside that set cannot match, since a literal segment only matches itself. Paths that are some
 * mapping's exact path, CORS pre-flights, no match and ambiguous matches go to Spring's own lookup, so those and
 * their error answers (404, 405, 406, 415) are exactly Spring's.
 */
final class IndexedRequestMappings extends RequestMappingHandlerMapping {

    /** Literal segments a mapping is indexed by: enough to tell {@code /api/v1/<resource>} apart. */
    static final int DEPTH = 3;

    private volatile Index index;

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        HandlerMethod handler = lookUpInIndex(lookupPath, request);
        return handler != null ? handler : super.lookupHandlerMethod(lookupPath, request);
    }

    /** The handler the index finds, or null to leave the request to Spring's lookup. */
    HandlerMethod lookUpInIndex(String lookupPath, HttpServletRequest request) {
        Index current = index;
        if (current == null) {
            current = index = new Index(getHandlerMethods());
        }
        if (current.directPaths.contains(lookupPath) || CorsUtils.isPreFlightRequest(request)
                || !ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return null;
        }
        Comparator<RequestMappingInfo> order = getMappingComparator(request);
        RequestMappingInfo best = null;
        RequestMappingInfo runnerUp = null;
        HandlerMethod handler = null;
        for (String key : keysOf(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication())) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> candidate : current.byLiteralStart.getOrDefault(key,
                    List.of())) {
                RequestMappingInfo match = getMatchingMapping(candidate.getKey(), request);
                if (match == null) {
                    continue;
                }
                if (best == null || order.compare(match, best) < 0) {
                    runnerUp = best;
                    best = match;
                    handler = candidate.getValue();
                } else if (runnerUp == null || order.compare(match, runnerUp) < 0) {
                    runnerUp = match;
                }
            }
        }
        if (best == null || runnerUp != null && order.compare(best, runnerUp) == 0) {
            return null; // no match (Spring answers 404, 405, 406 or 415) or an ambiguous one (Spring says which)
        }
        request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        handleMatch(best, lookupPath, request);
        return handler;
    }

    /** Spring's own lookup, over every mapping: what the index must agree with (tests compare the two). */
    HandlerMethod lookUpWithoutIndex(String lookupPath, HttpServletRequest request) throws Exception {
        return super.lookupHandlerMethod(lookupPath, request);
    }

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        index = null;
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        index = null;
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        index = null;
    }

    /** The keys a request path can have been indexed under: "" and its first one, two, three segments. */
    static List<String> keysOf(PathContainer path) {
        List<String> keys = new ArrayList<>(DEPTH + 1);
        StringBuilder key = new StringBuilder();
        keys.add("");
        for (PathContainer.Element element : path.elements()) {
            if (keys.size() > DEPTH) {
                break;
            }
            if (element instanceof PathContainer.PathSegment segment) {
                key.append('/').append(segment.valueToMatch());
                keys.add(key.toString());
            }
        }
        return keys;
    }

    /** The key of a pattern: its leading segments without variables or wildcards, at most {@value #DEPTH}. */
    static String keyOf(String pattern) {
        StringBuilder key = new StringBuilder();
        String[] segments = (pattern.startsWith("/") ? pattern.substring(1) : pattern).split("/", -1);
        for (int i = 0; i < Math.min(DEPTH, segments.length); i++) {
            String segment = segments[i];
            if (segment.isEmpty() || segment.contains("{") || segment.contains("*") || segment.contains("?")) {
                break;
            }
            key.append('/').append(segment);
        }
        return key.toString();
    }

    private static final class Index {

        final Set<String> directPaths = new HashSet<>();
        final Map<String, List<Map.Entry<RequestMappingInfo, HandlerMethod>>> byLiteralStart = new HashMap<>();

        Index(Map<RequestMappingInfo, HandlerMethod> mappings) {
            Map<String, Map<RequestMappingInfo, HandlerMethod>> grouped = new HashMap<>();
            mappings.forEach((info, handler) -> {
                directPaths.addAll(info.getDirectPaths());
                Set<String> keys = new HashSet<>();
                if (info.getPathPatternsCondition() == null) {
                    keys.add(""); // not a path-pattern mapping: always a candidate
                } else {
                    for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                        keys.add(keyOf(pattern.getPatternString()));
                    }
                }
                for (String key : keys) {
                    grouped.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(info, handler);
                }
            });
            grouped.forEach((key, group) -> byLiteralStart.put(key, List.copyOf(group.entrySet())));
        }
    }
}

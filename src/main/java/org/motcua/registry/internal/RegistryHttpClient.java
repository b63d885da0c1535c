package org.motcua.registry.internal;

import org.motcua.registry.ReadContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET requests to the provincial data-exchange platform as {@code docs/registry-contract.md} describes them: the API
 * key and the purpose in headers, JSON back, 404 = no such record. Everything else — refused connection, no complete
 * answer within the timeout, another status, a body that is not the expected JSON — is a
 * {@link RegistryUnavailableException}.
 */
final class RegistryHttpClient {

    static final String API_KEY = "X-Api-Key";
    static final String PURPOSE = "X-Request-Purpose";
    static final String REQUESTED_BY = "X-Requested-By";
    static final String REQUEST_ID = "X-Request-Id";
    private static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(RegistryHttpClient.class);

    private final String baseUrl;
    private final Duration timeout;
    private final String apiKey;
    private final JsonMapper json;
    private final HttpClient http;

    RegistryHttpClient(String baseUrl, Duration timeout, String apiKey, JsonMapper json) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.apiKey = apiKey;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String baseUrl() {
        return baseUrl;
    }

    /**
     * GETs {@code path} (relative to the base URL, already encoded) and reads the body as {@code type}; empty on 404.
     */
    <T> Optional<T> get(String path, ReadContext context, Class<T> type, String registry) {
        if (baseUrl == null) {
            throw new RegistryUnavailableException("no base URL configured (motcua.registry.base-url)");
        }
        String requestId = UUID.randomUUID().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().timeout(timeout)
                .header("Accept", "application/json")
                .header(PURPOSE, encode(context.purpose()))
                .header(REQUESTED_BY, encode(context.readerKind() + ":" + context.readerId()))
                .header(REQUEST_ID, requestId);
        if (apiKey != null) {
            request.header(API_KEY, apiKey);
        }
        HttpResponse<byte[]> response = send(request.build(), registry, requestId);
        int status = response.statusCode();
        if (status == 404) {
            return Optional.empty();
        }
        if (status != 200) {
            throw new RegistryUnavailableException(registry + " answered HTTP " + status + " (request " + requestId
                    + ")");
        }
        if (response.body().length > MAX_BODY_BYTES) {
            throw new RegistryUnavailableException(registry + " answered with more than 2 MiB (request " + requestId
                    + ")");
        }
        try {
            return Optional.of(json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(response.body()));
        } catch (JacksonException e) {
            throw new RegistryUnavailableException(registry + " answered with a body that is not the contract's JSON "
                    + "(request " + requestId + ")", e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, String registry, String requestId) {
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            // the request timeout covers the headers only; this bounds the whole answer, body included
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new RegistryUnavailableException(registry + " did not answer within " + timeout + " (request "
                    + requestId + ")", e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException(registry + " read interrupted (request " + requestId + ")", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                // the request's own timeout may fire a moment before the overall one: the same outcome
                throw new RegistryUnavailableException(registry + " did not answer within " + timeout + " (request "
                        + requestId + ")", cause);
            }
            log.debug("Registry request {} to {} failed", requestId, request.uri(), cause);
            throw new RegistryUnavailableException(registry + " could not be reached: "
                    + cause.getClass().getSimpleName() + " (request " + requestId + ")", cause);
        }
    }

    /** Header values are ASCII: UTF-8 percent-encoded, as the contract says. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

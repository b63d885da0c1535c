package org.motcua.payment;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A gateway reached over HTTP: {@code POST <gatewayUrl>/init} with the {@link GatewayInit} JSON, answered
 * {@code {"resultCode":"00","paymentUrl":"…"}}.
 */
final class HttpPaymentGateway implements PaymentGateway {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HttpPaymentGateway.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String baseUrl;
    private final JsonMapper json;
    private final Duration timeout;

    /** @param timeout the longest wait for the gateway's answer; after it the bill is not issued */
    HttpPaymentGateway(String baseUrl, JsonMapper json, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.json = json;
        this.timeout = timeout;
    }

    @Override
    public String init(GatewayInit request) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/init"))
                    .timeout(timeout).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.statusCode() == 200 ? body(response.body()) : null;
            if (body == null || !"00".equals(body.path("resultCode").asString(""))
                    || body.path("paymentUrl").asString("").isBlank()) {
                log.warn("Payment gateway refused bill {}: HTTP {} {}", request.billId(), response.statusCode(),
                        response.body().length() > 500 ? response.body().substring(0, 500) : response.body());
                String code = body == null ? "" : body.path("resultCode").asString("");
                throw new ProblemException(ErrorCode.PAYMENT_GATEWAY_REFUSED, "The payment platform refused the bill "
                        + "(HTTP " + response.statusCode() + (code.isEmpty() ? "" : ", result code " + code)
                        + "); nothing was issued, try again later or pay at the desk");
            }
            return body.path("paymentUrl").asString();
        } catch (java.io.IOException e) {
            log.warn("Payment gateway not reached for bill {}: {}", request.billId(), e.toString());
            throw unavailable("the gateway cannot be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    private JsonNode body(String text) {
        try {
            return json.readTree(text);
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
    }

    private static ProblemException unavailable(String why) {
        return new ProblemException(ErrorCode.PAYMENT_GATEWAY_UNAVAILABLE,
                "The payment platform cannot take the bill now (" + why + "); nothing was issued, try again later");
    }
}

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

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final JsonMapper json;

    HttpPaymentGateway(String baseUrl, JsonMapper json) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.json = json;
    }

    @Override
    public String init(GatewayInit request) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/init"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.statusCode() == 200 ? json.readTree(response.body()) : null;
            if (body == null || !"00".equals(body.path("resultCode").asString(""))
                    || body.path("paymentUrl").asString("").isBlank()) {
                throw unavailable("the gateway refused bill " + request.billId() + " (HTTP " + response.statusCode()
                        + ")");
            }
            return body.path("paymentUrl").asString();
        } catch (java.io.IOException e) {
            throw unavailable("the gateway cannot be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    private static ProblemException unavailable(String why) {
        return new ProblemException(ErrorCode.PAYMENT_GATEWAY_UNAVAILABLE,
                "The payment platform cannot take the bill now (" + why + "); try again later");
    }
}

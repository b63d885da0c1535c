package org.motcua.notification;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The operator's SMS gateway over HTTP ({@code docs/sms-gateway.md}): {@code POST <url>/messages}; 2xx and 409 (the
 * reference was already accepted) are delivered, 429 and 5xx are tried again, other answers are permanent refusals.
 */
final class HttpSmsGateway implements SmsGateway {

    private final NotificationProperties.Sms config;
    private final JsonMapper json;
    private final HttpClient http;
    private final String url;

    HttpSmsGateway(NotificationProperties.Sms config, JsonMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        String base = config.url().endsWith("/") ? config.url().substring(0, config.url().length() - 1) : config.url();
        this.url = base + "/messages";
    }

    @Override
    public void send(String reference, String to, String text, SmsText.Encoding encoding, int segments)
            throws DeliveryFailure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.put("sender", config.sender());
        body.put("to", to);
        body.put("text", text);
        body.put("encoding", encoding.name());
        body.put("segments", segments);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (!config.apiKey().isBlank()) {
            request.header("X-Api-Key", config.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryFailure("SMS gateway unreachable: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted", false);
        }
        int status = response.statusCode();
        if (status / 100 == 2 || status == 409) {
            return;
        }
        String answer = response.body() == null ? "" : response.body();
        throw new DeliveryFailure("SMS gateway answered HTTP " + status + ": "
                + (answer.length() > 300 ? answer.substring(0, 300) : answer), status != 429 && status < 500);
    }
}

package org.motcua.notification;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP contract of docs/sms-gateway.md against a small in-process gateway. */
class HttpSmsGatewayTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(202);
    private HttpServer server;
    private HttpSmsGateway gateway;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms/messages", exchange -> {
            received.add(json.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            keys.add(exchange.getRequestHeaders().getFirst("X-Api-Key"));
            byte[] body = "{\"messageId\":\"m1\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        gateway = new HttpSmsGateway(new NotificationProperties.Sms("http://127.0.0.1:" + server.getAddress().getPort()
                + "/sms/", "key-1", "MOTCUA", false, Duration.ofSeconds(2)), json);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsTheMessageWithItsReferenceEncodingAndApiKey() throws DeliveryFailure {
        gateway.send("42", "0912345678", "Ho so 1 da duoc tiep nhan.", SmsText.Encoding.GSM7, 1);
        assertThat(received).hasSize(1);
        JsonNode m = received.get(0);
        assertThat(m.get("reference").asString()).isEqualTo("42");
        assertThat(m.get("to").asString()).isEqualTo("0912345678");
        assertThat(m.get("text").asString()).isEqualTo("Ho so 1 da duoc tiep nhan.");
        assertThat(m.get("encoding").asString()).isEqualTo("GSM7");
        assertThat(m.get("segments").asInt()).isEqualTo(1);
        assertThat(m.get("sender").asString()).isEqualTo("MOTCUA");
        assertThat(keys).containsExactly("key-1");
    }

    @Test
    void aReferenceTheGatewayAlreadyHasCountsAsDelivered() throws DeliveryFailure {
        answer.set(409);
        gateway.send("43", "0912345678", "x", SmsText.Encoding.GSM7, 1);
    }

    @Test
    void serverErrorsAndThrottlingAreTriedAgainOtherRefusalsAreNot() {
        answer.set(503);
        assertThatThrownBy(() -> gateway.send("44", "0912345678", "x", SmsText.Encoding.GSM7, 1))
                .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.permanent()).isFalse())
                .hasMessageContaining("HTTP 503");
        answer.set(429);
        assertThatThrownBy(() -> gateway.send("45", "0912345678", "x", SmsText.Encoding.GSM7, 1))
                .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.permanent()).isFalse());
        answer.set(400);
        assertThatThrownBy(() -> gateway.send("46", "0912345678", "x", SmsText.Encoding.GSM7, 1))
                .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.permanent()).isTrue());
    }

    @Test
    void anUnreachableGatewayIsTriedAgain() {
        server.stop(0);
        assertThatThrownBy(() -> gateway.send("47", "0912345678", "x", SmsText.Encoding.GSM7, 1))
                .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.permanent()).isFalse())
                .hasMessageContaining("unreachable");
    }
}

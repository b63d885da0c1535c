package org.motcua.payment;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.motcua.audit.AuditLog;
import org.motcua.demo.DemoMode;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierPayments;
import org.motcua.identity.PlatformAddress;
import org.motcua.organization.Role;
import org.motcua.organization.StaffGrant;
import org.motcua.problem.ProblemException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.payment.PaymentFixtures.CERTIFIED_COPY_FEES;
import static org.motcua.payment.PaymentFixtures.feeOwingDossier;

/**
 * The HTTP gateway adapter against a real HTTP server (the JDK's) on a random port: the {@code init} contract on the
 * wire, and a gateway that refuses or does not answer in time leaves no bill and no dossier change behind.
 */
@PlatformTest
class HttpPaymentGatewayIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Actor DESK = new Actor(Actor.Kind.STAFF, "ben-thanh.reception", "Desk",
            List.of(new StaffGrant("ben-thanh", Role.RECEPTION)), false);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Bills bills;
    @Autowired
    DossierPayments dossiers;
    @Autowired
    PaymentProperties properties;
    @Autowired
    DemoMode demo;
    @Autowired
    PlatformAddress address;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private HttpServer gateway;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "";
    private volatile long delayMillis;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/gw/init", exchange -> {
            received.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        gateway.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    private HttpPaymentGateway adapter() {
        return new HttpPaymentGateway("http://127.0.0.1:" + gateway.getAddress().getPort() + "/gw/",
                JSON, Duration.ofMillis(800));
    }

    /** The service the platform runs, with the HTTP adapter instead of the demo gateway, in a transaction. */
    private IssuedBill issue(String code) {
        BillIssuing issuing = new BillIssuing(bills, dossiers, adapter(), properties, demo, address, audit,
                Optional.empty(), events);
        return tx.execute(status -> issuing.issue(code, DESK));
    }

    private long bills(String code) {
        return jdbc.sql("select count(*) from payment_bill where dossier_code = :c").param("c", code)
                .query(Long.class).single();
    }

    private int dossierStatus(String code) {
        return ApiClient.as(port, "ben-thanh.reception").get("/api/v1/dossiers/" + code).json().get("status")
                .get("code").asInt();
    }

    @Test
    void initSendsTheSignedContractAndTheBillGoesToThePaymentUrlTheGatewayGives() {
        // given a gateway that takes the bill
        answer = "{\"resultCode\":\"00\",\"paymentUrl\":\"https://pay.example.vn/checkout/abc\"}";
        String code = feeOwingDossier(port, "ben-thanh", "079190061001");

        // when the desk issues the bill
        IssuedBill bill = issue(code);

        // then the gateway received every field of the contract, signed with the shared secret
        assertThat(received).hasSize(1);
        JsonNode init = received.get(0);
        assertThat(init.get("partnerCode").asString()).isEqualTo("DEMO");
        assertThat(init.get("billId").asString()).isEqualTo(bill.billId());
        assertThat(init.get("amount").isIntegralNumber()).isTrue();
        assertThat(init.get("amount").asLong()).isEqualTo(CERTIFIED_COPY_FEES);
        assertThat(init.get("description").asString()).contains(code);
        assertThat(init.get("returnUrl").asString()).endsWith("/payments/" + bill.billId());
        assertThat(init.get("notifyUrl").asString()).endsWith("/api/v1/payments/notify");
        String signed = String.join("|", init.get("partnerCode").asString(), init.get("billId").asString(),
                init.get("amount").asString(), init.get("description").asString(), init.get("returnUrl").asString(),
                init.get("notifyUrl").asString());
        assertThat(init.get("checksum").asString()).isEqualTo(Checksums.sign(signed, PaymentFixtures.SECRET))
                .matches("[0-9a-f]{64}");
        // and the payer is sent to the gateway's address; the bill waits, the dossier in status 6
        assertThat(bill.gatewayUrl()).isEqualTo("https://pay.example.vn/checkout/abc");
        assertThat(bills(code)).isEqualTo(1);
        assertThat(dossierStatus(code)).isEqualTo(6);
    }

    @Test
    void aGatewayAnsweringAnErrorLeavesNoBillAndTheDossierAsItWas() {
        String code = feeOwingDossier(port, "ben-thanh", "079190061002");

        // a result code other than 00
        answer = "{\"resultCode\":\"07\",\"message\":\"partner suspended\"}";
        assertThatThrownBy(() -> issue(code)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).code().code()).isEqualTo("payment-gateway-refused"))
                .hasMessageContaining("result code 07").hasMessageContaining("nothing was issued");
        // an HTTP error with a body that is not JSON
        status = 500;
        answer = "<html>Internal Server Error</html>";
        assertThatThrownBy(() -> issue(code)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).code().code()).isEqualTo("payment-gateway-refused"))
                .hasMessageContaining("HTTP 500");
        // 00 without a payment address
        status = 200;
        answer = "{\"resultCode\":\"00\"}";
        assertThatThrownBy(() -> issue(code)).isInstanceOf(ProblemException.class);

        assertThat(received).hasSize(3);
        assertThat(bills(code)).isZero();
        assertThat(dossierStatus(code)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PAYMENT_BILL_ISSUED' "
                + "and details ->> 'dossier' = :c").param("c", code).query(Long.class).single()).isZero();
    }

    @Test
    void aGatewayThatDoesNotAnswerInTimeOrIsDownLeavesNoBill() {
        String code = feeOwingDossier(port, "ben-thanh", "079190061003");

        // too slow
        answer = "{\"resultCode\":\"00\",\"paymentUrl\":\"https://pay.example.vn/late\"}";
        delayMillis = 3000;
        assertThatThrownBy(() -> issue(code)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).code().code())
                        .isEqualTo("payment-gateway-unavailable"));
        // down
        gateway.stop(0);
        assertThatThrownBy(() -> issue(code)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).code().code())
                        .isEqualTo("payment-gateway-unavailable"))
                .hasMessageContaining("cannot be reached");

        assertThat(bills(code)).isZero();
        assertThat(dossierStatus(code)).isEqualTo(2);
    }
}

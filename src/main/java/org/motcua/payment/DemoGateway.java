package org.motcua.payment;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo payment platform inside the platform (demo mode with no gateway configured): it keeps the bills it was
 * given in memory, shows them under {@code /demo-gateway/bills/{billId}}, and settles them like a real gateway — by
 * sending the signed notification to the notify address, server to server — before sending the browser back.
 */
public class DemoGateway implements PaymentGateway {

    /** What the payer chose at the demo gateway, and the result code the gateway reports for it. */
    public enum Choice {
        PAY("00"), CANCEL("24"), FAIL("51");

        private final String resultCode;

        Choice(String resultCode) {
            this.resultCode = resultCode;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DemoGateway.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, GatewayInit> bills = new ConcurrentHashMap<>();
    private final String partnerCode;
    private final String secret;
    private final JsonMapper json;
    private final Clock clock;

    DemoGateway(String partnerCode, String secret, JsonMapper json, Clock clock) {
        this.partnerCode = partnerCode;
        this.secret = secret;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String init(GatewayInit request) {
        if (!partnerCode.equals(request.partnerCode())
                || !Checksums.verify(request.signedText(), request.checksum(), secret)) {
            throw new ProblemException(ErrorCode.PAYMENT_GATEWAY_UNAVAILABLE, "The demo gateway refused the bill");
        }
        bills.put(request.billId(), request);
        return "/demo-gateway/bills/" + request.billId();
    }

    /** The bill as the gateway knows it. */
    public Optional<GatewayInit> bill(String billId) {
        return Optional.ofNullable(bills.get(billId));
    }

    /**
     * Settles the bill as the payer chose: sends the signed notification to the platform and returns the address to
     * send the browser back to. A notification the platform does not accept is logged; the browser goes back anyway.
     */
    public String settle(String billId, Choice choice) {
        GatewayInit bill = bill(billId).orElseThrow(() -> new ProblemException(ErrorCode.BILL_NOT_FOUND,
                "The demo gateway has no bill " + billId));
        GatewayNotification unsigned = new GatewayNotification(partnerCode, billId,
                "DEMO" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(),
                bill.amount(), choice.resultCode, clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), null);
        GatewayNotification signed = new GatewayNotification(unsigned.partnerCode(), unsigned.billId(),
                unsigned.transactionId(), unsigned.amount(), unsigned.resultCode(), unsigned.paidAt(),
                Checksums.sign(unsigned.signedText(), secret));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(bill.notifyUrl()))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(signed))).build(),
                    HttpResponse.BodyHandlers.ofString());
            log.info("Demo gateway: bill {} {} → platform answered {} {}", billId, choice, response.statusCode(),
                    response.body());
        } catch (java.io.IOException e) {
            log.warn("Demo gateway: the platform did not take the notification of bill {}: {}", billId,
                    e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return bill.returnUrl();
    }
}

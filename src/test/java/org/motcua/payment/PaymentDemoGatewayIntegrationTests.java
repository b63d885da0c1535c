package org.motcua.payment;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.payment.PaymentFixtures.feeOwingDossier;

/** The demo gateway settles a bill like a real one: signed notification first, then the browser goes back. */
@PlatformTest
class PaymentDemoGatewayIntegrationTests {

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private String issueBill(String personalId) {
        String code = feeOwingDossier(port, "phu-nhuan", personalId);
        ApiClient.Response r = ApiClient.as(port, "phu-nhuan.reception")
                .post("/api/v1/dossiers/" + code + "/payments", Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("billId").asString();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> choose(String billId, String choice) throws Exception {
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/demo-gateway/bills/"
                        + billId + "/" + choice)).header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String status(String billId) {
        return ApiClient.as(port, "phu-nhuan.reception").get("/api/v1/payments/" + billId).json().get("status")
                .asString();
    }

    @Test
    void payingAtTheDemoGatewayNotifiesThePlatformThenSendsTheBrowserBack() throws Exception {
        // given a bill, shown by the demo gateway with its amount
        String billId = issueBill("079190070001");
        HttpResponse<String> page = get("/demo-gateway/bills/" + billId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("5.000").contains("/demo-gateway/bills/" + billId + "/pay");

        // when the payer pays
        HttpResponse<String> paid = choose(billId, "pay");

        // then the platform already applied the notification when the browser is sent back to the return page
        assertThat(paid.statusCode()).isEqualTo(303);
        String returnUrl = paid.headers().firstValue("Location").orElseThrow();
        assertThat(returnUrl).endsWith("/payments/" + billId);
        assertThat(status(billId)).isEqualTo("PAID");
        HttpResponse<String> back = get(URI.create(returnUrl).getPath());
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("Đã thanh toán");
    }

    @Test
    void cancellingAtTheDemoGatewayCancelsTheBillAndFailingMarksItFailed() throws Exception {
        String cancelled = issueBill("079190070002");
        get("/demo-gateway/bills/" + cancelled);
        assertThat(choose(cancelled, "cancel").statusCode()).isEqualTo(303);
        assertThat(status(cancelled)).isEqualTo("CANCELLED");

        String failed = issueBill("079190070003");
        get("/demo-gateway/bills/" + failed);
        assertThat(choose(failed, "fail").statusCode()).isEqualTo(303);
        assertThat(status(failed)).isEqualTo("FAILED");
    }

    @Test
    void theBrowsersReturnAloneMarksNothingPaid() throws Exception {
        // given a bill nobody paid
        String billId = issueBill("079190070004");

        // when a browser opens the return address directly
        HttpResponse<String> back = get("/payments/" + billId);

        // then it only shows that no confirmation arrived, and the bill stays pending
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("Chưa nhận được xác nhận");
        assertThat(status(billId)).isEqualTo("PENDING");
    }
}

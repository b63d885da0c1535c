package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class StatusLookupPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void thePageSharesTheRateLimitOfThePublicApi() throws Exception {
        // given a client that used up its look-ups on the API
        String client = "203.0.113.91";
        ApiClient api = ApiClient.anonymous(port).header("X-Forwarded-For", client);
        for (int i = 0; i < 200 && api.get("/api/v1/public/dossiers/000.00.01.H29-990101-0001").status() != 429; i++) {
            // keep asking
        }
        // when it asks the page
        HttpResponse<String> page = page("/lookup?code=000.00.01.H29-990101-0001", client);
        // then the page refuses too, in plain words, with Retry-After
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("Bạn đã tra cứu quá nhiều lần");
        // and another client is not affected
        assertThat(page("/lookup?code=000.00.01.H29-990101-0001", "203.0.113.92").statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedCodeIsRefusedWithoutUsingTheRateLimit() throws Exception {
        HttpResponse<String> page = page("/lookup?code=%3Cscript%3E", "203.0.113.93");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("error-summary", "href=\"#code\"").doesNotContain("<script>");
    }

    private HttpResponse<String> page(String path, String client) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("X-Forwarded-For", client).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package org.motcua.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BrowserTest
class LayoutBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theAccessibilityCheckFailsOnAnUnlabelledField(WebBrowser browser) {
        // given a page with a field without a label (the check must be able to fail)
        browser.driver().get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=en><head><title>t</title></head>"
                + "<body><main><h1>t</h1><input type=text></main></body></html>");
        // then the assertion lists the rule and the element
        assertThatThrownBy(browser::assertAccessible).isInstanceOf(AssertionError.class)
                .hasMessageContaining("critical label").hasMessageContaining("input");
    }

    @Test
    void anUnknownPageIsTheFriendlyNotFoundPage(WebBrowser browser) throws Exception {
        browser.open("/no-such-page").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Không tìm thấy trang");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("vi");
        HttpResponse<String> response = html("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }

    @Test
    void aFailingPageShowsTheProblemPageWithoutTheExceptionText(WebBrowser browser) throws Exception {
        browser.open("/test-only/failing-page").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Có lỗi trong hệ thống");
        assertThat(browser.driver().getPageSource()).doesNotContain(FailingPage.SECRET, "IllegalStateException");
        browser.open("/test-only/failing-page?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Sorry, there is a problem with the service");
        HttpResponse<String> response = html("/test-only/failing-page");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Có lỗi trong hệ thống").doesNotContain(FailingPage.SECRET);
    }

    @Test
    void apiRequestsKeepProblemJson() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/public/dossiers/000.00.01.H29-990101-0003"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void everyPageHasTheLayoutLandmarks(WebBrowser browser) {
        browser.open("/lookup");
        assertThat(browser.findAll("header")).hasSize(1);
        assertThat(browser.findAll("main#main")).hasSize(1);
        assertThat(browser.findAll("footer")).hasSize(1);
        assertThat(browser.findAll("h1")).hasSize(1);
        assertThat(browser.find("nav.lang-switch a").getAttribute("hreflang")).isEqualTo("en");
        assertThat(browser.find("link[rel=stylesheet]").getAttribute("href")).endsWith("/css/motcua.css");
    }

    private HttpResponse<String> html(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }
}

package org.motcua.notification;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@BrowserTest
class DemoSmsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoGatewaysSmsAreShownForTheirNumber(WebBrowser browser) {
        // given a dossier received at the desk for an applicant with a phone
        String phone = "097" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", "1.004873.000.00.00.H29");
        body.put("channel", "IN_PERSON");
        body.put("receivingUnit", "cau-ong-lanh");
        body.put("competentUnit", "cau-ong-lanh");
        body.put("applicant", Map.of("personalId", "0793" + String.format("%08d",
                ThreadLocalRandom.current().nextInt(100_000_000)), "fullName", "Nguyễn Thị Hằng", "phone", phone));
        body.put("form", Map.of("currentStatus", "never-married", "purpose", "marriage"));
        String code = ApiClient.as(port, "cau-ong-lanh.reception").post("/api/v1/dossiers", body).json().get("code")
                .asString();
        // and the worker sent its SMS to the demo gateway
        await().atMost(Duration.ofSeconds(40)).until(() -> jdbc.sql(
                "select count(*) from notification_demo_sms where to_number = :to").param("to", phone)
                .query(Long.class).single() == 1);

        // when someone looks at the SMS of that number
        browser.open("/demo/sms").assertAccessible().fill("to", phone).press("Xem");

        // then they see the text the phone would have received
        assertThat(browser.path()).isEqualTo("/demo/sms?to=" + phone);
        assertThat(browser.find("h1").getText()).isEqualTo("Tin nhắn SMS (cổng SMS thử nghiệm)");
        assertThat(browser.find("tbody").getText()).contains(phone, "Ho so " + code + " da duoc tiep nhan",
                "GSM7 × 1");
        browser.assertAccessible();
    }

    @Test
    void aNumberWithoutMessagesSaysSo(WebBrowser browser) {
        browser.open("/demo/sms?to=0900000001");
        assertThat(browser.mainText()).contains("Chưa có tin nhắn nào.");
        browser.assertAccessible();
    }
}

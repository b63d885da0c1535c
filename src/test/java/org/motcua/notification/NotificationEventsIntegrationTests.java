package org.motcua.notification;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.dossier.DossierReceived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each dossier and payment event gives the applicant the right messages on the right channels, exactly once. */
class NotificationEventsIntegrationTests extends NotificationIntegrationTest {

    private static final String UNIT = "cau-ong-lanh";

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aReceivedDossierTellsTheApplicantOnEveryChannelOnceEvenWhenTheEventComesAgain() throws Exception {
        // given an applicant with an e-mail address and a phone
        String id = personalId();
        String email = email("hang");
        String phone = phone();

        // when the desk takes in their dossier
        String code = deskDossier(UNIT, id, email, phone);

        // then one in-app, one e-mail and one SMS message are written for the event
        List<Row> rows = awaitMessages("dossier-received:" + code, 3);
        assertThat(rows).extracting(Row::channel).containsExactly("EMAIL", "IN_APP", "SMS");
        assertThat(rows).extracting(Row::recipient).containsOnly("citizen:" + id);
        assertThat(message("dossier-received:" + code, "IN_APP").status()).isEqualTo("SENT");
        assertThat(message("dossier-received:" + code, "EMAIL").status()).isEqualTo("PENDING");

        // and the worker sends the e-mail and the SMS once
        sendAll();
        assertThat(messages("dossier-received:" + code)).extracting(Row::status).containsOnly("SENT");
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Hồ sơ " + code + " đã được tiếp nhận");
        assertThat(text(mails.get(0))).contains("Ngày hẹn trả kết quả").contains("/my/dossiers/" + code
                + "/forms/01");
        assertThat(mails.get(0).getMessageID()).isEqualTo("<notification-"
                + message("dossier-received:" + code, "EMAIL").id() + "@motcua>");
        List<String> sms = smsTo(phone);
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0)).startsWith("Ho so " + code + " da duoc tiep nhan. Hen tra ket qua: ");
        assertThat(SmsText.isGsm(sms.get(0))).isTrue();
        JsonNode demoSms = ApiClient.as(port, "city.admin").get("/api/v1/demo/sms?to=" + phone).json();
        assertThat(demoSms.size()).isEqualTo(1);
        assertThat(demoSms.get(0).get("text").asString()).isEqualTo(sms.get(0));
        assertThat(demoSms.get(0).get("encoding").asString()).isEqualTo("GSM7");
        assertThat(demoSms.get(0).get("segments").asInt()).isEqualTo(1);
        assertThat(demoSms.get(0).get("reference").asString())
                .isEqualTo(String.valueOf(message("dossier-received:" + code, "SMS").id()));

        // when the same event is delivered again (a listener retried, a restart republished it)
        Instant now = Instant.now();
        tx.executeWithoutResult(s -> events.publishEvent(new DossierReceived(code, "1.004873.000.00.00.H29", UNIT,
                UNIT, now, now, org.motcua.dossier.Channel.IN_PERSON)));
        Thread.sleep(1500);
        sendAll();

        // then nothing more is written or sent
        assertThat(messages("dossier-received:" + code)).hasSize(3);
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(smsTo(phone)).hasSize(1);
    }

    @Test
    void theCitizenReadsTheInAppInboxByTheirIdentityAndMarksMessagesRead() {
        String id = personalId();
        String code = deskDossier(UNIT, id, null, null);
        awaitMessages("dossier-received:" + code, 1);
        assertThat(messages("dossier-received:" + code)).extracting(Row::channel).containsExactly("IN_APP");

        ApiClient citizen = ApiClient.as(port, id);
        JsonNode inbox = citizen.get("/api/v1/me/notifications").json();
        assertThat(inbox.size()).isEqualTo(1);
        assertThat(inbox.get(0).get("subject").asString()).isEqualTo("Hồ sơ " + code + " đã được tiếp nhận");
        assertThat(inbox.get(0).get("link").asString()).endsWith("/my/dossiers/" + code + "/forms/01");
        assertThat(citizen.get("/api/v1/me/notifications/unread-count").json().get("unread").asLong()).isEqualTo(1);
        long messageId = inbox.get(0).get("id").asLong();

        // another person cannot mark it, nor see it
        ApiClient other = ApiClient.as(port, personalId());
        ApiClient.Response foreign = other.post("/api/v1/me/notifications/" + messageId + "/read", Map.of());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().get("code").asString()).isEqualTo("notification-not-found");
        assertThat(other.get("/api/v1/me/notifications").json().size()).isZero();
        assertThat(ApiClient.as(port, UNIT + ".reception").get("/api/v1/me/notifications").json().toString())
                .doesNotContain(code);

        assertThat(citizen.post("/api/v1/me/notifications/" + messageId + "/read", Map.of()).status())
                .isEqualTo(204);
        assertThat(citizen.get("/api/v1/me/notifications/unread-count").json().get("unread").asLong()).isZero();
        assertThat(citizen.get("/api/v1/me/notifications?unread=true").json().size()).isZero();
        assertThat(citizen.get("/api/v1/me/notifications").json().get(0).get("readAt").isNull()).isFalse();
        assertThat(citizen.get("/api/v1/me/notifications?size=0").status()).isEqualTo(400);
    }

    @Test
    void aSupplementRequestTellsWhatIsMissing() throws Exception {
        String email = email("supplement");
        String phone = phone();
        String code = deskDossier(UNIT, personalId(), email, phone);
        act(UNIT + ".reception", code, Map.of("action", "FORWARD"));
        act(UNIT + ".processor", code, Map.of("action", "REQUEST_SUPPLEMENT", "reason", "Thiếu giấy tờ",
                "missing", List.of("Trích lục ghi chú ly hôn")));

        String key = eventKeyLike("supplement-requested:" + code + ":");
        awaitMessages(key, 3);
        sendAll();
        List<MimeMessage> mails = mailsTo(email).stream().filter(m -> subject(m).contains("cần bổ sung")).toList();
        assertThat(mails).hasSize(1);
        assertThat(text(mails.get(0))).contains("Trích lục ghi chú ly hôn").contains("Lý do: Thiếu giấy tờ")
                .contains("/forms/02");
        assertThat(smsTo(phone)).filteredOn(s -> s.contains("can bo sung"))
                .containsExactly("Ho so " + code + " can bo sung: Trich luc ghi chu ly hon.");
    }

    @Test
    void aFinishedDossierTellsThatTheResultIsReadyAndALateOneBringsTheApology() {
        String email = email("result");
        String code = deskDossier(UNIT, personalId(), email, phone());
        act(UNIT + ".reception", code, Map.of("action", "FORWARD"));

        // a late dossier: the specialist apologises with a new appointment (form 04)
        String newAppointment = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        act(UNIT + ".processor", code, Map.of("action", "APOLOGIZE", "reason", "Cần xác minh thêm",
                "newAppointmentAt", newAppointment));
        String apology = eventKeyLike("dossier-apology:" + code + ":");
        assertThat(awaitMessages(apology, 3)).extracting(Row::channel).containsExactly("EMAIL", "IN_APP", "SMS");

        act(UNIT + ".processor", code, Map.of("action", "FORWARD"));
        act(UNIT + ".leader", code, Map.of("action", "FORWARD"));
        assertThat(messages("result-ready:" + code)).isEmpty(); // not yet: it waits for the clerk's last step
        act(UNIT + ".clerk", code, Map.of("action", "FORWARD"));
        assertThat(awaitMessages("result-ready:" + code, 3)).extracting(Row::channel)
                .containsExactly("EMAIL", "IN_APP", "SMS");
        // the link opens the citizen's page of the dossier (after the e-ID login), not the JSON API
        assertThat(message("result-ready:" + code, "IN_APP").link()).endsWith("/my/dossiers/" + code);

        sendAll();
        List<String> subjects = mailsTo(email).stream().map(NotificationEventsIntegrationTests::subject).toList();
        assertThat(subjects).containsExactlyInAnyOrder("Hồ sơ " + code + " đã được tiếp nhận",
                "Thư xin lỗi: hồ sơ " + code + " chậm so với ngày hẹn", "Hồ sơ " + code + " đã có kết quả");
        MimeMessage letter = mailsTo(email).stream().filter(m -> subject(m).startsWith("Thư xin lỗi")).findFirst()
                .orElseThrow();
        assertThat(text(letter)).contains("Lý do: Cần xác minh thêm")
                .contains(Templates.when(Instant.parse(newAppointment))).contains("/forms/04");
    }

    @Test
    void aFeeDueAndItsPaymentAreToldWithThePaymentLinkAndTheReceipt() throws Exception {
        // given a dossier that owes 12,000 VND (2 pages at 2,000 VND, 3 copies), received at the desk
        String unit = "binh-trung";
        String id = personalId();
        String email = email("fee");
        String phone = phone();
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("procedureCode", "2.000815.000.00.00.H29");
        body.put("channel", "IN_PERSON");
        body.put("receivingUnit", unit);
        body.put("competentUnit", unit);
        body.put("applicant", Map.of("personalId", id, "fullName", "Trần Văn Bình", "phone", phone, "email", email));
        body.put("form", Map.of("documentTitle", "Bằng tốt nghiệp đại học", "issuingAuthority",
                "Trường Đại học Bách khoa", "pageCount", 2, "copies", 3));
        ApiClient.Response created = ApiClient.as(port, unit + ".reception").post("/api/v1/dossiers", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String code = created.json().get("code").asString();

        // when the desk issues the bill
        ApiClient.Response bill = ApiClient.as(port, unit + ".reception").post("/api/v1/dossiers/" + code
                + "/payments", Map.of());
        assertThat(bill.status()).as(bill.toString()).isEqualTo(201);
        String billId = bill.json().get("billId").asString();
        String gatewayUrl = bill.json().get("gatewayUrl").asString();

        // then the applicant is told what to pay and where
        List<Row> due = awaitMessages("fee-due:" + billId, 3);
        assertThat(due).extracting(Row::channel).containsExactly("EMAIL", "IN_APP", "SMS");
        assertThat(message("fee-due:" + billId, "EMAIL").body()).contains("12.000 đ").contains(gatewayUrl);
        assertThat(message("fee-due:" + billId, "SMS").body()).isEqualTo("Ho so " + code
                + ": can nop phi, le phi 12.000 d.");

        // when it is paid at the demo gateway (its signed notification)
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/demo-gateway/bills/" + billId))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
        HttpResponse<String> paid = browser.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/demo-gateway/bills/" + billId + "/pay"))
                .header("X-XSRF-TOKEN", xsrf).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).isEqualTo(303);

        // then the payment is confirmed with the e-receipt, once
        List<Row> confirmed = awaitMessages("fee-paid:" + billId, 3);
        assertThat(confirmed).extracting(Row::channel).containsExactly("EMAIL", "IN_APP", "SMS");
        String receipt = message("fee-paid:" + billId, "IN_APP").link();
        assertThat(receipt).endsWith("/my/payments/" + billId + "/receipt.pdf");
        // opened from the message in a browser without a session: the e-ID login first, not a 401 in JSON
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/my/payments/" + billId + "/receipt.pdf")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
        sendAll();
        assertThat(mailsTo(email).stream().map(NotificationEventsIntegrationTests::subject).toList())
                .containsExactlyInAnyOrder("Hồ sơ " + code + " đã được tiếp nhận",
                        "Hồ sơ " + code + ": phí, lệ phí cần nộp", "Hồ sơ " + code + ": đã nộp phí, lệ phí");
        assertThat(smsTo(phone)).hasSize(3);
    }

    @Test
    void preferencesChooseTheLanguageAndTheChannels() {
        // given a citizen who wants English and no SMS, and gives another e-mail address
        String id = personalId();
        String ownEmail = email("own");
        ApiClient citizen = ApiClient.as(port, id);
        ApiClient.Response saved = citizen.put("/api/v1/me/notification-preferences",
                Map.of("language", "en", "sms", false, "emailAddress", ownEmail));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(citizen.get("/api/v1/me/notification-preferences").json().get("language").asString())
                .isEqualTo("en");

        // when their dossier is received
        String code = deskDossier(UNIT, id, email("dossier"), phone());

        // then the messages are in English, by e-mail to their own address and in-app, and no SMS
        List<Row> rows = awaitMessages("dossier-received:" + code, 2);
        assertThat(rows).extracting(Row::channel).containsExactly("EMAIL", "IN_APP");
        assertThat(message("dossier-received:" + code, "EMAIL").address()).isEqualTo(ownEmail);
        assertThat(message("dossier-received:" + code, "IN_APP").subject()).isEqualTo("Dossier " + code
                + " was received");
        assertThat(message("dossier-received:" + code, "IN_APP").body()).contains("(Certificate of marital status)").doesNotContain("({1})");
    }

    @Test
    void invalidPreferencesAreRefusedFieldByField() {
        ApiClient citizen = ApiClient.as(port, personalId());
        ApiClient.Response r = citizen.put("/api/v1/me/notification-preferences",
                Map.of("language", "fr", "emailAddress", "not-an-address", "phone", "12345"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").asString()).isEqualTo("invalid-parameter");
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("language",
                "emailAddress", "phone");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

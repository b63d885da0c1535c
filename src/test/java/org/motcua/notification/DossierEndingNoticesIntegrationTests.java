package org.motcua.notification;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.dossier.DossierRefused;
import org.motcua.dossier.DossierTransferred;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dossier refused at intake (form 03), stopped (form 05), withdrawn or moved to another unit: the applicant is told
 * on each channel once, with the reason, even when the event is delivered again.
 */
class DossierEndingNoticesIntegrationTests extends NotificationIntegrationTest {

    private static final String UNIT = "cau-ong-lanh";

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aRefusalAtIntakeTellsTheReasonWithForm03OnceEvenWhenTheEventComesAgain() throws Exception {
        // given a dossier at the desk of an applicant with an e-mail address and a phone
        String email = email("refused");
        String phone = phone();
        String code = deskDossier(UNIT, personalId(), email, phone);

        // when the desk refuses it
        act(UNIT + ".reception", code, Map.of("action", "REFUSE", "reason", "Không thuộc thẩm quyền giải quyết"));

        // then the applicant gets the refusal on every channel, with the reason and form 03
        assertThat(awaitMessages("dossier-refused:" + code, 3)).extracting(Row::channel)
                .containsExactly("EMAIL", "IN_APP", "SMS");
        assertThat(message("dossier-refused:" + code, "IN_APP").subject())
                .isEqualTo("Hồ sơ " + code + " không được tiếp nhận");
        sendAll();
        List<MimeMessage> mails = mailsTo(email).stream()
                .filter(m -> subject(m).equals("Hồ sơ " + code + " không được tiếp nhận")).toList();
        assertThat(mails).hasSize(1);
        assertThat(text(mails.get(0))).contains("Lý do: Không thuộc thẩm quyền giải quyết")
                .contains("/my/dossiers/" + code + "/forms/03");
        assertThat(smsTo(phone)).filteredOn(s -> s.contains("khong duoc tiep nhan")).containsExactly(
                "Ho so " + code + " khong duoc tiep nhan. Ly do: Khong thuoc tham quyen giai quyet");
        // and no "result ready" for a dossier that ended without a result
        assertThat(messages("result-ready:" + code)).isEmpty();

        // when the same event comes again
        tx.executeWithoutResult(s -> events.publishEvent(new DossierRefused(code, UNIT,
                "Không thuộc thẩm quyền giải quyết", Instant.now())));
        Thread.sleep(1500);
        sendAll();

        // then nothing more is written or sent
        assertThat(messages("dossier-refused:" + code)).hasSize(3);
        assertThat(mailsTo(email).stream().filter(m -> subject(m).contains("không được tiếp nhận"))).hasSize(1);
        assertThat(smsTo(phone)).filteredOn(s -> s.contains("khong duoc tiep nhan")).hasSize(1);
    }

    @Test
    void aStopTellsTheReasonWithForm05() {
        String email = email("stopped");
        String code = deskDossier(UNIT, personalId(), email, phone());
        act(UNIT + ".reception", code, Map.of("action", "FORWARD"));

        act(UNIT + ".leader", code, Map.of("action", "STOP", "reason", "Người yêu cầu không bổ sung hồ sơ"));

        assertThat(awaitMessages("dossier-stopped:" + code, 3)).extracting(Row::channel)
                .containsExactly("EMAIL", "IN_APP", "SMS");
        Row mail = message("dossier-stopped:" + code, "EMAIL");
        assertThat(mail.subject()).isEqualTo("Hồ sơ " + code + " bị dừng giải quyết");
        assertThat(mail.body()).contains("Lý do: Người yêu cầu không bổ sung hồ sơ")
                .contains("/my/dossiers/" + code + "/forms/05");
        assertThat(messages("dossier-refused:" + code)).isEmpty();
        assertThat(messages("result-ready:" + code)).isEmpty();
    }

    @Test
    void aWithdrawalByTheApplicantIsConfirmed() {
        String id = personalId();
        String code = deskDossier(UNIT, id, email("withdrawn"), null);

        ApiClient.Response r = ApiClient.as(port, id).post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "WITHDRAW", "reason", "Không còn nhu cầu"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);

        // e-mail and in-app; no SMS without a phone
        assertThat(awaitMessages("dossier-withdrawn:" + code, 2)).extracting(Row::channel)
                .containsExactly("EMAIL", "IN_APP");
        Row inApp = message("dossier-withdrawn:" + code, "IN_APP");
        assertThat(inApp.recipient()).isEqualTo("citizen:" + id);
        assertThat(inApp.link()).endsWith("/my/dossiers/" + code);
        assertThat(inApp.subject()).isEqualTo("Hồ sơ " + code + " đã được rút");
        assertThat(inApp.body()).startsWith("Theo yêu cầu của ông/bà").contains("Lý do: Không còn nhu cầu");
    }

    @Test
    void aTransferNamesTheNewUnitInTheApplicantsLanguageOncePerTransfer() throws Exception {
        // given an applicant who reads English
        String id = personalId();
        ApiClient.Response prefs = ApiClient.as(port, id).put("/api/v1/me/notification-preferences",
                Map.of("language", "en"));
        assertThat(prefs.status()).as(prefs.toString()).isEqualTo(200);
        String code = deskDossier(UNIT, id, email("transferred"), phone());
        act(UNIT + ".reception", code, Map.of("action", "FORWARD"));

        // when the processor passes it on to another ward
        act(UNIT + ".processor", code, Map.of("action", "TRANSFER", "toUnit", "tan-dinh",
                "reason", "Người yêu cầu thường trú tại Phường Tân Định"));

        // then they are told the new unit's name, in English
        String key = eventKeyLike("dossier-transferred:" + code + ":");
        assertThat(awaitMessages(key, 3)).extracting(Row::channel).containsExactly("EMAIL", "IN_APP", "SMS");
        assertThat(message(key, "IN_APP").subject()).isEqualTo("Dossier " + code + " was passed on to Tan Dinh Ward");
        assertThat(message(key, "SMS").body()).isEqualTo("Dossier " + code + " was passed on to Tan Dinh Ward.");

        // and the same transfer delivered again adds nothing
        long at = Long.parseLong(key.substring(key.lastIndexOf(':') + 1));
        tx.executeWithoutResult(s -> events.publishEvent(new DossierTransferred(code, UNIT, "tan-dinh", "x",
                Instant.ofEpochMilli(at))));
        Thread.sleep(1500);
        assertThat(messages(key)).hasSize(3);
        assertThat(jdbc.sql("select count(*) from notification_message where event_key like :k")
                .param("k", "dossier-transferred:" + code + ":%").query(Integer.class).single()).isEqualTo(3);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

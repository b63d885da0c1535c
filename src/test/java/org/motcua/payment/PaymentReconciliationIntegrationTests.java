package org.motcua.payment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.payment.PaymentFixtures.feeOwingDossier;
import static org.motcua.payment.PaymentFixtures.paidAt;

/**
 * The gateway's daily statement compared with the payments recorded here. Each test pays its bills on a day of its
 * own (the notification's paidAt), far from the days other tests pay on, as the database is shared.
 */
@PlatformTest
class PaymentReconciliationIntegrationTests {

    private static final String HEADER = "partnerCode,billId,transactionId,amount,paidAt,resultCode\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReconciliationJob job;

    private ApiClient admin() {
        return ApiClient.as(port, "city.admin");
    }

    /** A fee-owing dossier of {@code personalId} whose 3,000 VND bill the gateway confirms paid at {@code at}. */
    private String paidBill(String personalId, String transactionId, String at) {
        String code = feeOwingDossier(port, "sai-gon", personalId);
        ApiClient.Response issued = ApiClient.as(port, "sai-gon.reception")
                .post("/api/v1/dossiers/" + code + "/payments", Map.of());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String billId = issued.json().get("billId").asString();
        ApiClient.Response reply = ApiClient.anonymous(port).post("/api/v1/payments/notify",
                paidAt(billId, transactionId, 3000, at));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return billId;
    }

    private long reports() {
        return jdbc.sql("select count(*) from payment_reconciliation").query(Long.class).single();
    }

    private static int mismatchedInList(ApiClient who, long id) {
        ApiClient.Response list = who.get("/api/v1/payments/reconciliations?date=2031-01-11");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode summary : list.json()) {
            if (summary.get("id").asLong() == id) {
                return summary.get("mismatched").asInt();
            }
        }
        throw new AssertionError("report " + id + " not listed");
    }

    private static String line(String billId, String transactionId, long amount, String paidAt, String result) {
        return "DEMO," + billId + "," + transactionId + "," + amount + "," + paidAt + "," + result + "\n";
    }

    @Test
    void aStatementListingExactlyThePaymentsOfItsDayIsAllMatched() {
        // given two bills paid on 10 January 2031 (one late in the evening, Ho Chi Minh City time)
        String a = paidBill("079190095001", "TX-REC-A1", "2031-01-10T08:00:00+07:00");
        String b = paidBill("079190095002", "TX-REC-A2", "2031-01-10T23:30:00+07:00");

        // when the city admin uploads the gateway's statement of that day, with a failed attempt too
        String csv = HEADER + line(a, "TX-REC-A1", 3000, "2031-01-10T08:00:00+07:00", "00")
                + line(b, "TX-REC-A0", 3000, "2031-01-10T23:00:00+07:00", "51")
                + line(b, "TX-REC-A2", 3000, "2031-01-10T16:30:00Z", "00");
        ApiClient.Response r = admin().upload("/api/v1/payments/reconciliations", Map.of("date", "2031-01-10"),
                "DEMO-2031-01-10.csv", csv.getBytes(StandardCharsets.UTF_8));

        // then both payments match, nothing is amiss, and the report is kept
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode report = r.json();
        assertThat(report.get("statementLines").asInt()).isEqualTo(3);
        assertThat(report.get("matched").asInt()).isEqualTo(2);
        assertThat(report.get("mismatched").asInt()).isZero();
        assertThat(report.get("mismatches")).isEmpty();
        ApiClient.Response again = admin().get("/api/v1/payments/reconciliations/" + report.get("id").asLong());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("matched").asInt()).isEqualTo(2);
        ApiClient.Response list = ApiClient.as(port, "ben-thanh.clerk")
                .get("/api/v1/payments/reconciliations?date=2031-01-10");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("fileName")).contains("DEMO-2031-01-10.csv");
    }

    @Test
    void eachKindOfMismatchIsReportedWithItsBillTransactionAndAmounts() {
        // given three bills paid on 11 January 2031
        String matched = paidBill("079190095011", "TX-REC-B1", "2031-01-11T09:00:00+07:00");
        String differs = paidBill("079190095012", "TX-REC-B2", "2031-01-11T10:00:00+07:00");
        String missing = paidBill("079190095013", "TX-REC-B3", "2031-01-11T11:00:00+07:00");

        // when the statement (sent as text/csv by the clerk of Sài Gòn) has one right, one with another amount, one unknown
        // to the platform, and lacks the third
        String csv = HEADER + line(matched, "TX-REC-B1", 3000, "2031-01-11T09:00:00+07:00", "00")
                + line(differs, "TX-REC-B2", 5000, "2031-01-11T10:00:00+07:00", "00")
                + line("nosuchbill", "TX-REC-B9", 7000, "2031-01-11T12:00:00+07:00", "00");
        ApiClient.Response r = ApiClient.as(port, "sai-gon.clerk")
                .postText("/api/v1/payments/reconciliations?date=2031-01-11", "text/csv", csv);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        long id = r.json().get("id").asLong();

        // then the clerk of Sài Gòn sees the mismatches of Sài Gòn's bills only
        assertThat(r.json().get("mismatches").findValuesAsString("kind"))
                .containsExactly("AMOUNT_DIFFERS", "PAID_HERE_NOT_THERE");
        assertThat(r.json().get("mismatched").asInt()).isEqualTo(2);
        // the clerk of another unit sees none of them, in the report and in the list
        ApiClient benThanh = ApiClient.as(port, "ben-thanh.clerk");
        assertThat(benThanh.get("/api/v1/payments/reconciliations/" + id).json().get("mismatches")).isEmpty();
        assertThat(mismatchedInList(benThanh, id)).isZero();
        assertThat(mismatchedInList(ApiClient.as(port, "sai-gon.clerk"), id)).isEqualTo(2);
        assertThat(mismatchedInList(admin(), id)).isEqualTo(3);
        // and a processor none at all
        assertThat(ApiClient.as(port, "sai-gon.processor").get("/api/v1/payments/reconciliations/" + id).status())
                .isEqualTo(403);

        // and the city admin sees the whole report: one matches and each mismatch is reported
        ApiClient.Response whole = admin().get("/api/v1/payments/reconciliations/" + id);
        assertThat(whole.status()).as(whole.toString()).isEqualTo(200);
        JsonNode report = whole.json();
        assertThat(report.get("matched").asInt()).isEqualTo(1);
        assertThat(report.get("mismatched").asInt()).isEqualTo(3);
        JsonNode m = report.get("mismatches");
        assertThat(m.get(0).get("kind").asString()).isEqualTo("AMOUNT_DIFFERS");
        assertThat(m.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(m.get(0).get("billId").asString()).isEqualTo(differs);
        assertThat(m.get(0).get("transactionId").asString()).isEqualTo("TX-REC-B2");
        assertThat(m.get(0).get("amountHere").asLong()).isEqualTo(3000);
        assertThat(m.get(0).get("amountThere").asLong()).isEqualTo(5000);
        assertThat(m.get(1).get("kind").asString()).isEqualTo("THERE_NOT_HERE");
        assertThat(m.get(1).get("line").asInt()).isEqualTo(4);
        assertThat(m.get(1).get("transactionId").asString()).isEqualTo("TX-REC-B9");
        assertThat(m.get(1).get("amountThere").asLong()).isEqualTo(7000);
        assertThat(m.get(1).has("amountHere")).isFalse(); // nulls are left out
        assertThat(m.get(2).get("kind").asString()).isEqualTo("PAID_HERE_NOT_THERE");
        assertThat(m.get(2).get("billId").asString()).isEqualTo(missing);
        assertThat(m.get(2).get("transactionId").asString()).isEqualTo("TX-REC-B3");
        assertThat(m.get(2).get("amountHere").asLong()).isEqualTo(3000);
    }

    @Test
    void aBadStatementIsRejectedNamingTheLineAndColumnAndNothingIsStored() {
        long before = reports();
        String good = line("x", "TX-REC-C1", 3000, "2031-01-12T09:00:00+07:00", "00");

        ApiClient.Response amount = admin().postText("/api/v1/payments/reconciliations?date=2031-01-12", "text/csv",
                HEADER + good + line("y", "TX-REC-C2", 0, "2031-01-12T09:00:00+07:00", "00")
                        .replace(",0,", ",3.000đ,"));
        ApiClient.Response date = admin().postText("/api/v1/payments/reconciliations?date=2031-01-12", "text/csv",
                HEADER + good + good + line("z", "TX-REC-C3", 3000, "12/01/2031 09:00", "00"));
        ApiClient.Response header = admin().postText("/api/v1/payments/reconciliations?date=2031-01-12", "text/csv",
                "partnerCode,billId,transactionId,amountVnd,paidAt,resultCode\n" + good);

        assertThat(amount.status()).as(amount.toString()).isEqualTo(422);
        assertThat(amount.contentType()).startsWith("application/problem+json");
        assertThat(amount.json().get("code").asString()).isEqualTo("payment-statement-invalid");
        assertThat(amount.json().get("line").asInt()).isEqualTo(3);
        assertThat(amount.json().get("column").asString()).isEqualTo("amount");
        assertThat(amount.json().get("detail").asString()).contains("Line 3", "amount");
        assertThat(date.status()).isEqualTo(422);
        assertThat(date.json().get("line").asInt()).isEqualTo(3); // the repeated transaction on line 3 comes first
        assertThat(header.status()).isEqualTo(422);
        assertThat(header.json().get("line").asInt()).isEqualTo(1);
        assertThat(header.json().get("column").asString()).isEqualTo("amount");
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void aBadPaidAtIsRejectedNamingItsColumn() {
        ApiClient.Response r = admin().postText("/api/v1/payments/reconciliations?date=2031-01-12", "text/csv",
                HEADER + line("z", "TX-REC-D1", 3000, "12/01/2031 09:00", "00"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("line").asInt()).isEqualTo(2);
        assertThat(r.json().get("column").asString()).isEqualTo("paidAt");
    }

    @Test
    void aMissingOrMalformedDayIsA400AndOnlyTheCityAdminAndClerksReconcile() {
        ApiClient.Response noDate = admin().postText("/api/v1/payments/reconciliations", "text/csv", HEADER);
        ApiClient.Response badDate = admin().postText("/api/v1/payments/reconciliations?date=11/01/2031",
                "text/csv", HEADER);
        ApiClient.Response desk = ApiClient.as(port, "ben-thanh.reception")
                .postText("/api/v1/payments/reconciliations?date=2031-01-12", "text/csv", HEADER);
        ApiClient.Response citizen = ApiClient.as(port, "079190095099").get("/api/v1/payments/reconciliations");

        assertThat(noDate.status()).isEqualTo(400);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(desk.status()).isEqualTo(403);
        assertThat(citizen.status()).isEqualTo(403);
    }

    @Test
    void theDailyJobReconcilesEachNewStatementOfTheDirectoryOnceAndLeavesABadOneUnstored(@TempDir Path dir)
            throws Exception {
        // given a bill paid on 13 January 2031, its statement and a bad statement dropped in the directory
        String billId = paidBill("079190095021", "TX-REC-E1", "2031-01-13T14:00:00+07:00");
        Files.writeString(dir.resolve("DEMO-2031-01-13.csv"),
                HEADER + line(billId, "TX-REC-E1", 3000, "2031-01-13T14:00:00+07:00", "00"));
        Files.writeString(dir.resolve("DEMO-2031-01-14.csv"), HEADER + "DEMO,x,TX-REC-E2,abc,2031-01-14T09:00:00Z,00\n");
        long before = reports();

        // when the job runs twice
        List<ReconciliationReport> first = job.reconcileNewStatements(dir);
        List<ReconciliationReport> second = job.reconcileNewStatements(dir);

        // then the good file is reconciled once, all matched, and the bad one stored nowhere
        assertThat(first).hasSize(1);
        assertThat(first.get(0).fileName()).isEqualTo("DEMO-2031-01-13.csv");
        assertThat(first.get(0).source()).isEqualTo("DIRECTORY");
        assertThat(first.get(0).statementDate()).hasToString("2031-01-13");
        assertThat(first.get(0).matched()).isEqualTo(1);
        assertThat(first.get(0).mismatches()).isEmpty();
        assertThat(second).isEmpty();
        assertThat(reports()).isEqualTo(before + 1);
        ApiClient.Response kept = admin().get("/api/v1/payments/reconciliations/" + first.get(0).id());
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().get("createdBy").asString()).isEqualTo("system");
    }
}

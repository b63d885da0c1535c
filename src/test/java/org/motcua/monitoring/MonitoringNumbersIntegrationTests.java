package org.motcua.monitoring;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierReceived;
import org.motcua.dossier.ResultReturned;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The numbers agree with the dossiers three ways: kept incrementally from the events, rebuilt from the dossiers, and
 * computed here independently with SQL over the dossier table — for fixture dossiers in every state.
 */
@PlatformTest
class MonitoringNumbersIntegrationTests {

    private static final String UNIT = "hiep-binh";
    private static final String OTHER = "tam-binh";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MonitoringEventListener listener;

    @Autowired
    ContributionRefresh refresh;

    @Autowired
    OverdueSweep sweep;

    @Test
    void incrementalNumbersEqualTheRebuildAndAnIndependentCount() {
        MonitoringFixtures f = new MonitoringFixtures(port);
        String month = MonitoringFixtures.thisMonth();
        Map<String, Long> before = f.counts(UNIT, month);
        Map<String, Long> otherBefore = f.counts(OTHER, month);

        // given dossiers in every state the indicators distinguish
        String finished = f.maritalStatus(UNIT, "079190090001");
        f.finishAndReturn(UNIT, finished);
        String received = f.maritalStatus(UNIT, "079190090002");
        String supplemented = f.maritalStatus(UNIT, "079190090003");
        f.supplementRequestedAndProvided(UNIT, supplemented);
        String withdrawn = f.maritalStatus(UNIT, "079190090004");
        f.act(UNIT + ".reception", withdrawn, Map.of("action", "WITHDRAW", "reason", "Người dân rút hồ sơ"));
        String refused = f.maritalStatus(UNIT, "079190090005");
        f.act(UNIT + ".reception", refused, Map.of("action", "REFUSE", "reason", "Không thuộc thẩm quyền"));
        String paid = f.certifiedCopy(UNIT, "079190090006");
        f.payOnline(UNIT, paid);
        String transferred = f.maritalStatus(UNIT, "079190090007");
        f.act(UNIT + ".reception", transferred, Map.of("action", "FORWARD"));
        f.act(UNIT + ".processor", transferred, Map.of("action", "TRANSFER", "toUnit", OTHER,
                "reason", "Thuộc thẩm quyền phường Tam Bình"));
        String late = f.maritalStatus(UNIT, "079190090008");

        // then, once the events are delivered, the unit's numbers moved by exactly these dossiers (the refused one
        // was never received; the transferred one counts for the unit competent now)
        Map<String, Long> delta = new LinkedHashMap<>();
        delta.put("received", 6L);
        delta.put("finishedOnTime", 1L);
        delta.put("inProgressOnTime", 4L);
        delta.put("withdrawn", 1L);
        delta.put("feeOwing", 1L);
        delta.put("paidOnline", 1L);
        delta.put("resultDigitised", 1L);
        delta.put("supplemented", 1L);
        Map<String, Long> expected = MonitoringFixtures.plus(before, delta);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(f.counts(UNIT, month))
                .isEqualTo(expected));
        Map<String, Long> otherExpected = MonitoringFixtures.plus(otherBefore,
                Map.of("received", 1L, "inProgressOnTime", 1L));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(f.counts(OTHER, month))
                .isEqualTo(otherExpected));

        // when the legal deadline of one passes (time simulated in both stores), the sweep counts it overdue
        jdbc.sql("update dossier set legal_due_at = now() - interval '1 hour' where code = :c").param("c", late)
                .update();
        jdbc.sql("update monitoring_dossier set sweep_at = now() - interval '1 hour' where dossier_code = :c")
                .param("c", late).update();
        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);
        Map<String, Long> afterSweep = MonitoringFixtures.plus(expected,
                Map.of("inProgressOnTime", -1L, "inProgressOverdue", 1L));
        assertThat(f.counts(UNIT, month)).isEqualTo(afterSweep);

        // and the numbers are those an independent count over the dossier table gives
        assertThat(f.counts(UNIT, month)).isEqualTo(independent(UNIT, YearMonth.parse(month)));
        assertThat(f.counts(OTHER, month)).isEqualTo(independent(OTHER, YearMonth.parse(month)));

        // when events are delivered again (redelivery after a crash), or twice, nothing counts twice
        Instant now = Instant.now();
        for (String code : List.of(finished, received, supplemented, withdrawn, refused, paid, transferred, late)) {
            listener.on(new DossierReceived(code, MonitoringFixtures.MARITAL_STATUS, UNIT, UNIT, now, now,
                    Channel.IN_PERSON));
            refresh.refresh(code);
        }
        listener.on(new ResultReturned(finished, MonitoringFixtures.MARITAL_STATUS, now));
        assertThat(f.counts(UNIT, month)).isEqualTo(afterSweep);
        assertThat(f.counts(OTHER, month)).isEqualTo(otherExpected);

        // when the city administrator rebuilds every number from the dossiers, they are identical
        Map<String, Map<String, Long>> incremental = storedRows();
        ApiClient.Response rebuilt = f.as("city.admin").post("/api/v1/indicators/rebuild", Map.of());
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(rebuilt.json().get("dossiersCounted").asLong()).isGreaterThanOrEqualTo(7);
        assertThat(storedRows()).isEqualTo(incremental);
        assertThat(f.counts(UNIT, month)).isEqualTo(afterSweep);
        assertThat(f.counts(OTHER, month)).isEqualTo(otherExpected);
    }

    @Test
    void onlyTheCityAdministratorRebuilds() {
        ApiClient.Response r = ApiClient.as(port, "hiep-binh.admin").post("/api/v1/indicators/rebuild", Map.of());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("code").asString()).isEqualTo("forbidden");
        assertThat(ApiClient.as(port, "city.auditor").post("/api/v1/indicators/rebuild", Map.of()).status())
                .isEqualTo(403);
    }

    /** The sums stored for the two fixture units, zero rows left out (a dossier that moved leaves one behind). */
    private Map<String, Map<String, Long>> storedRows() {
        Map<String, Map<String, Long>> rows = new java.util.TreeMap<>();
        jdbc.sql("select * from monitoring_count where unit in (:a, :b)").param("a", UNIT).param("b", OTHER)
                .query(rs -> {
                    Map<String, Long> values = new LinkedHashMap<>();
                    boolean any = false;
                    for (Measure m : Measure.values()) {
                        long v = rs.getLong(m.column());
                        values.put(m.key(), v);
                        any |= v != 0;
                    }
                    if (any) {
                        rows.put(rs.getString("unit") + "|" + rs.getString("procedure_code") + "|"
                                + rs.getDate("month"), values);
                    }
                });
        return rows;
    }

    /** The counts of a unit's dossiers received in a month, straight from the dossier table. */
    private Map<String, Long> independent(String unit, YearMonth month) {
        return jdbc.sql("""
                        with d as (
                          select *, status in (2, 4, 5, 6) as running,
                                 (supplement_requests > 1 or legal_due_at < coalesce(paused_at, now())) as late_now
                          from dossier
                          where competent_unit = :unit and received_at is not null and status not in (1, 3)
                            and (received_at at time zone 'Asia/Ho_Chi_Minh') >= cast(:from as timestamp)
                            and (received_at at time zone 'Asia/Ho_Chi_Minh') < cast(:to as timestamp))
                        select count(*) as received,
                               count(*) filter (where status in (8, 9, 10) and on_time) as finished_on_time,
                               count(*) filter (where status in (8, 9, 10) and not on_time) as finished_late,
                               count(*) filter (where running and not late_now) as in_progress_on_time,
                               count(*) filter (where running and late_now) as in_progress_overdue,
                               count(*) filter (where status = 7) as withdrawn,
                               count(*) filter (where channel = 'ONLINE') as online,
                               count(*) filter (where fees_due_vnd > 0) as fee_owing,
                               count(*) filter (where fees_due_vnd > 0 and fee_paid_online) as paid_online,
                               count(*) filter (where jsonb_array_length(registry_components) > 0 or exists (
                                   select 1 from dossier_component c where c.dossier_id = d.id)) as digitised,
                               count(*) filter (where status in (9, 10) and jsonb_array_length(result_files) > 0)
                                   as result_digitised,
                               count(*) filter (where registry_status in ('REUSED', 'PARTLY_REUSED'))
                                   as registry_reused,
                               count(*) filter (where supplement_requests > 0) as supplemented
                        from d""")
                .param("unit", unit).param("from", month.atDay(1).atStartOfDay())
                .param("to", month.plusMonths(1).atDay(1).atStartOfDay())
                .query(rs -> {
                    rs.next();
                    Map<String, Long> m = new LinkedHashMap<>();
                    for (Measure measure : Measure.values()) {
                        m.put(measure.key(), rs.getLong(measure.column()));
                    }
                    return m;
                });
    }
}

package org.motcua.monitoring;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Directive plans: the city assigns tasks to units, their leaders report progress, "n/m tasks done". */
@PlatformTest
class DirectivesIntegrationTests {

    @LocalServerPort
    int port;

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private static String code() {
        return UUID.randomUUID().toString().substring(0, 6) + "-KH/BCĐTP";
    }

    private JsonNode plan(String code) {
        LocalDate today = LocalDate.now(DossierContribution.ZONE);
        ApiClient.Response r = as("city.admin").post("/api/v1/directives", Map.of("code", code,
                "title", "Kế hoạch chuyển đổi số năm 2026", "tasks", List.of(
                        Map.of("title", "Số hóa 100 % hồ sơ", "unit", "phuoc-long", "dueOn", today.plusDays(30).toString()),
                        Map.of("title", "Thanh toán trực tuyến", "unit", "long-phuoc", "dueOn", today.minusDays(1).toString()))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    @Test
    void tasksAreReportedByTheirUnitsLeaderUntilThePlanIsDone() {
        JsonNode plan = plan(code());
        long id = plan.get("id").asLong();
        assertThat(plan.get("summary").asString()).isEqualTo("0/2 tasks done");
        assertThat(plan.get("overdue").asInt()).isEqualTo(1);
        long first = plan.get("taskList").get(0).get("id").asLong();
        long second = plan.get("taskList").get(1).get("id").asLong();
        assertThat(plan.get("taskList").get(1).get("overdue").asBoolean()).isTrue();

        // a progress report, then completion
        JsonNode half = as("phuoc-long.leader").post("/api/v1/directives/" + id + "/tasks/" + first + "/reports",
                Map.of("progress", 50, "note", "Đã số hóa một nửa")).json();
        assertThat(half.get("taskList").get(0).get("progress").asInt()).isEqualTo(50);
        assertThat(half.get("summary").asString()).isEqualTo("0/2 tasks done");
        as("phuoc-long.leader").post("/api/v1/directives/" + id + "/tasks/" + first + "/reports",
                Map.of("progress", 100, "note", "Hoàn thành"));
        JsonNode done = as("long-phuoc.leader").post("/api/v1/directives/" + id + "/tasks/" + second + "/reports",
                Map.of("progress", 100, "note", "Hoàn thành")).json();
        assertThat(done.get("summary").asString()).isEqualTo("2/2 tasks done");
        assertThat(done.get("overdue").asInt()).isZero();
        assertThat(done.get("taskList").get(1).get("completedLate").asBoolean()).isTrue();
        assertThat(done.get("taskList").get(0).get("reports").size()).isEqualTo(2);

        // a completed task takes no more reports
        ApiClient.Response again = as("long-phuoc.leader").post("/api/v1/directives/" + id + "/tasks/" + second
                + "/reports", Map.of("progress", 100, "note", "Lại"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("directive-task-completed");

        // a unit sees its own tasks; the list exports
        JsonNode mine = as("phuoc-long.processor").get("/api/v1/directives?unit=phuoc-long").json();
        JsonNode ours = null;
        for (JsonNode p : mine) {
            if (p.get("id").asLong() == id) {
                ours = p;
            }
        }
        assertThat(ours.get("taskList").size()).isEqualTo(1);
        assertThat(ours.get("summary").asString()).isEqualTo("1/1 tasks done");
        assertThat(as("city.auditor").get("/api/v1/directives?format=csv").body())
                .contains("plan,planProgress,task,title,unit,dueOn,progress,completedAt,overdue")
                .contains(plan.get("code").asString());
    }

    @Test
    void onlyTheCityAdministratorCreatesPlansAndAddsTasks() {
        Map<String, Object> body = Map.of("code", code(), "title", "X", "tasks", List.of());
        assertThat(as("phuoc-long.leader").post("/api/v1/directives", body).status()).isEqualTo(403);
        assertThat(as("city.auditor").post("/api/v1/directives", body).status()).isEqualTo(403);
        long id = plan(code()).get("id").asLong();
        ApiClient.Response added = as("city.admin").post("/api/v1/directives/" + id + "/tasks", Map.of("title",
                "Báo cáo quý", "unit", "phuoc-long", "dueOn", "2027-01-15"));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.json().get("summary").asString()).isEqualTo("0/3 tasks done");
        assertThat(as("phuoc-long.leader").post("/api/v1/directives/" + id + "/tasks", Map.of("title", "x",
                "unit", "phuoc-long", "dueOn", "2027-01-15")).status()).isEqualTo(403);
    }

    @Test
    void onlyALeaderOfTheTasksUnitReports() {
        JsonNode plan = plan(code());
        long id = plan.get("id").asLong();
        long task = plan.get("taskList").get(0).get("id").asLong();
        Map<String, Object> report = Map.of("progress", 10, "note", "Bắt đầu");
        assertThat(as("long-phuoc.leader").post("/api/v1/directives/" + id + "/tasks/" + task + "/reports", report)
                .status()).isEqualTo(403);
        assertThat(as("phuoc-long.processor").post("/api/v1/directives/" + id + "/tasks/" + task + "/reports",
                report).status()).isEqualTo(403);
        assertThat(as("city.admin").post("/api/v1/directives/" + id + "/tasks/" + task + "/reports", report)
                .status()).isEqualTo(403);
    }

    @Test
    void badPlansAndReportsAreRefusedWithEachFieldNamed() {
        ApiClient.Response r = as("city.admin").post("/api/v1/directives", Map.of("title", " ", "tasks", List.of(
                Map.of("title", "x", "unit", "no-such-ward", "dueOn", "2027-01-01"), Map.of("unit", "phuoc-long"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactly("code", "title",
                "tasks[0].unit", "tasks[1].title", "tasks[1].dueOn");

        String code = code();
        plan(code);
        ApiClient.Response duplicate = as("city.admin").post("/api/v1/directives", Map.of("code", code,
                "title", "Lại", "tasks", List.of()));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("code").asString()).isEqualTo("directive-plan-exists");

        JsonNode plan = plan(code());
        long id = plan.get("id").asLong();
        long task = plan.get("taskList").get(0).get("id").asLong();
        ApiClient.Response bad = as("phuoc-long.leader").post("/api/v1/directives/" + id + "/tasks/" + task
                + "/reports", Map.of("progress", 101, "note", " "));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("progress", "note");
        assertThat(as("phuoc-long.leader").post("/api/v1/directives/" + id + "/tasks/999999/reports",
                Map.of("progress", 1, "note", "x")).json().get("code").asString()).isEqualTo("directive-task-not-found");
        assertThat(as("city.admin").get("/api/v1/directives/999999").json().get("code").asString())
                .isEqualTo("directive-plan-not-found");
        assertThat(ApiClient.anonymous(port).get("/api/v1/directives").status()).isEqualTo(401);
    }
}

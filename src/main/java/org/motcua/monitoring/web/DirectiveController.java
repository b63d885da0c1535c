package org.motcua.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.monitoring.DirectivePlan;
import org.motcua.monitoring.DirectivePlans;
import org.motcua.monitoring.NewTask;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@Tag(name = "Monitoring")
class DirectiveController {

    private final DirectivePlans plans;
    private final MonitoringCallers callers;

    DirectiveController(DirectivePlans plans, MonitoringCallers callers) {
        this.plans = plans;
        this.callers = callers;
    }

    record PlanRequest(String code, String title, List<NewTask> tasks) {
    }

    record ReportRequest(Integer progress, String note) {
    }

    @PostMapping("/api/v1/directives")
    @Operation(summary = "Create a directive plan with its tasks (unit, deadline) — city administrator")
    ResponseEntity<DirectivePlan> create(@RequestBody(required = false) PlanRequest body, Authentication who) {
        PlanRequest b = body == null ? new PlanRequest(null, null, null) : body;
        DirectivePlan plan = plans.create(b.code(), b.title(), b.tasks(), callers.of(who));
        return ResponseEntity.created(URI.create("/api/v1/directives/" + plan.id())).body(plan);
    }

    @GetMapping("/api/v1/directives")
    @Operation(summary = "Directive plans with \"n/m tasks done\" and overdue tasks (unit= only that unit's tasks); "
            + "format=json|csv|xlsx — staff")
    ResponseEntity<?> list(@RequestParam(required = false) String unit,
                           @RequestParam(required = false) String format, Authentication who) {
        List<DirectivePlan> list = plans.plans(unit, callers.of(who));
        return TableExport.respond(format, list, () -> MonitoringTables.directives(list));
    }

    @GetMapping("/api/v1/directives/{id}")
    @Operation(summary = "One plan with its tasks and their progress reports — staff")
    DirectivePlan get(@PathVariable long id, Authentication who) {
        return plans.get(id, callers.of(who));
    }

    @PostMapping("/api/v1/directives/{id}/tasks")
    @Operation(summary = "Add a task to a plan — city administrator")
    DirectivePlan addTask(@PathVariable long id, @RequestBody(required = false) NewTask task, Authentication who) {
        return plans.addTask(id, task, callers.of(who));
    }

    @PostMapping("/api/v1/directives/{id}/tasks/{taskId}/reports")
    @Operation(summary = "Report a task's progress (0–100; 100 completes it) — a leader of the task's unit")
    DirectivePlan report(@PathVariable long id, @PathVariable long taskId,
                         @RequestBody(required = false) ReportRequest body, Authentication who) {
        return plans.report(id, taskId, body == null ? null : body.progress(), body == null ? null : body.note(),
                callers.of(who));
    }
}

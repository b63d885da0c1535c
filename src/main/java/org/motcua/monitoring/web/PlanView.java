package org.motcua.monitoring.web;

import java.util.List;

/** A directive plan on a dashboard: "17/17 tasks done", its overdue tasks highlighted. */
public record PlanView(long id, String code, String title, int done, int tasks, int overdue, List<Task> taskList) {

    /**
     * A task of the plan.
     *
     * @param reportable the official leads the task's unit and the task is not completed: the page offers the form
     */
    public record Task(long id, String title, String unit, String unitName, String dueOn, int progress,
                       boolean completed, boolean overdue, boolean completedLate, boolean reportable) {
    }
}

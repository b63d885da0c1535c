package org.motcua.monitoring;

import java.time.LocalDate;

/** A task to assign: what, to which unit (slug), by when. */
public record NewTask(String title, String unit, LocalDate dueOn) {
}

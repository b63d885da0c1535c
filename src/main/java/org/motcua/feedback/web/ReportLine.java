package org.motcua.feedback.web;

import org.motcua.web.TagColour;

/** A report as a page shows it: texts already in the page's language, dates formatted. */
public record ReportLine(long id, String category, String statusKey, TagColour colour, String unit, String received,
                         String due, String description, String answer, String answered) {
}

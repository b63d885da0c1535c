package org.motcua.dossier.forms;

import java.util.List;

/** One laid-out line: its runs (spaces included) and its measured width in points. */
record Line(List<Run> runs, float width) {

    Line {
        runs = List.copyOf(runs);
    }

    /** The tallest style on the line, which sets its height. */
    float size() {
        float size = 0;
        for (Run run : runs) {
            size = Math.max(size, run.style().size());
        }
        return size;
    }

    /** Height of the line's box: the leading of its tallest style. */
    float height() {
        return size() * Style.LEADING;
    }

    String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }
}

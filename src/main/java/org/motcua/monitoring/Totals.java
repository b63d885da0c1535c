package org.motcua.monitoring;

import java.util.List;

/**
 * The sums of a unit (or the city) over a period and the procedures it handled (received dossiers for) in it: what
 * its index needs, without the sums of each procedure.
 */
record Totals(Counts counts, List<String> handled) {
}

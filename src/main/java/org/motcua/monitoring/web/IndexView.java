package org.motcua.monitoring.web;

import java.util.List;

/**
 * A unit's (or the city's) index in total and by group, and its indicators, each with the counts behind it.
 *
 * @param measuredMax   over how many points the groups that could be measured are worth
 * @param measuredScore their points before rescaling to 100
 * @param exportQuery   the query of the export links ({@code table=…&unit=…&period=…})
 */
public record IndexView(String total, int measuredMax, String measuredScore, List<GroupRow> groups,
                        List<Figure> figures, String exportQuery) {
}

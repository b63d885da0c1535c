package org.motcua.documents.web;

import java.util.List;

/**
 * The unit whose documents a staff page shows and what the official may do there.
 *
 * @param unit   the unit's slug
 * @param others the other units where the official keeps documents (a switch between them)
 */
public record DocumentDesk(String unit, String unitName, boolean clerk, boolean leader, boolean processor,
                           List<Option> others) {

    /** The query string naming this unit, for links: {@code unit=sai-gon}. */
    public String query() {
        return "unit=" + unit;
    }
}

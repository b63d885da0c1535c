package org.motcua.identity;

import java.util.List;

/**
 * A module's pages on the staff home: each module with back-office pages declares one bean, and the staff home lists
 * the links the logged-in official may open, so the home never needs to know every module.
 */
public interface StaffPages {

    /** The links this caller may follow, in display order; empty when none of their grants opens these pages. */
    List<Link> linksFor(Caller caller);

    /**
     * A link on the staff home.
     *
     * @param textKey message key of the link text
     * @param href    where it leads
     * @param order   position among all modules' links (inbox 10, counter intake 20, feedback 30, documents 40,
     *                dashboards 50, administration 80, outbox 90)
     */
    record Link(String textKey, String href, int order) {
    }
}

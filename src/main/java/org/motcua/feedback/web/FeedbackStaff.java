package org.motcua.feedback.web;

import org.motcua.feedback.Categories;
import org.motcua.feedback.Category;
import org.motcua.feedback.FeedbackProperties;
import org.motcua.feedback.FeedbackQueries;
import org.motcua.identity.Caller;
import org.motcua.organization.Role;
import org.motcua.organization.Units;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may do what on the staff feedback pages: the units that handle feedback (ward-level units, the city departments
 * the category tree names, the city unit that dispatches), the handlers of a report (its unit's processors and
 * leaders), the city level (administrator, auditor, hotline operators) and the hotline operators themselves.
 */
@Component
class FeedbackStaff {

    private final FeedbackQueries queries;
    private final FeedbackProperties properties;
    private final Units units;
    private final Set<String> departments;

    FeedbackStaff(FeedbackQueries queries, FeedbackProperties properties, Units units, Categories categories) {
        this.queries = queries;
        this.properties = properties;
        this.units = units;
        this.departments = categories.all().stream().map(Category::responsibleUnit).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** Holds a grant in a unit that receives reports: the unit inbox is theirs. */
    boolean hasInbox(Caller caller) {
        return caller.kind() == Caller.Kind.STAFF && caller.grants().stream().anyMatch(g -> handlesFeedback(g.unitSlug()));
    }

    boolean handlesFeedback(String unit) {
        return departments.contains(unit) || unit.equals(units.city().slug())
                || units.find(unit).map(u -> u.type().isWardLevel()).orElse(false);
    }

    /** A processor or leader of the unit: starts, answers and transfers its reports. */
    boolean handles(Caller caller, String unit) {
        return unit != null && caller.kind() == Caller.Kind.STAFF && caller.grants().stream()
                .anyMatch(g -> g.unitSlug().equals(unit) && (g.role() == Role.PROCESSOR || g.role() == Role.LEADER));
    }

    /** The city administrator: dispatches (transfers) reports. */
    boolean cityAdmin(Caller caller) {
        String city = units.city().slug();
        return caller.kind() == Caller.Kind.STAFF && caller.grants().stream()
                .anyMatch(g -> g.unitSlug().equals(city) && g.role() == Role.ADMIN);
    }

    boolean cityLevel(Caller caller) {
        return queries.isCityLevel(caller);
    }

    /** Reception staff of the hotline unit: type in 1022 calls. */
    boolean operator(Caller caller) {
        return caller.kind() == Caller.Kind.STAFF && caller.grants().stream()
                .anyMatch(g -> g.unitSlug().equals(properties.hotlineUnit()) && g.role() == Role.RECEPTION);
    }

    /**
     * Sees the reporter's contact: the report's handlers, the city administrator and the operator who took the call;
     * never the public, nor units that only held the report before.
     */
    boolean seesContact(Caller caller, String unit, String operator) {
        return handles(caller, unit) || cityAdmin(caller) || caller.id().equals(operator);
    }
}

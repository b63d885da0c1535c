package org.motcua.feedback;

import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the unit that must answer a report: the city department of a city-wide category; else the ward-level unit
 * whose boundary holds the location; else the ward chosen by the reporter or operator; else a ward named in the
 * address; else the city, which dispatches it by hand.
 */
@Component
class FeedbackRouting {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Categories categories;
    private final WardBoundaries boundaries;
    private final Units units;

    FeedbackRouting(Categories categories, WardBoundaries boundaries, Units units) {
        this.categories = categories;
        this.boundaries = boundaries;
        this.units = units;
    }

    Routed route(Report report) {
        Optional<Category> category = categories.find(report.category);
        if (category.isPresent() && category.get().cityWide()) {
            return new Routed(category.get().responsibleUnit(), "CITY_WIDE");
        }
        if (report.latitude != null && report.longitude != null) {
            Optional<WardBoundaries.Located> located = boundaries.locate(report.latitude, report.longitude);
            if (located.isPresent()) {
                return new Routed(located.get().unit(),
                        located.get().approximate() ? "APPROXIMATE_BOUNDARY" : "BOUNDARY");
            }
        }
        if (report.chosenUnit != null) {
            return new Routed(report.chosenUnit, "CHOSEN");
        }
        if (report.address != null) {
            Optional<Unit> named = namedIn(report.address);
            if (named.isPresent()) {
                return new Routed(named.get().slug(), "ADDRESS");
            }
        }
        return new Routed(units.city().slug(), "CITY_DISPATCH");
    }

    /** The ward-level unit whose full name ("Phường Bến Thành") appears in the address, the longest if several. */
    private Optional<Unit> namedIn(String address) {
        String text = plain(address);
        return units.effectiveOn(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), Optional.empty()).stream()
                .filter(u -> u.type().isWardLevel())
                .filter(u -> text.contains(plain(u.nameVi())))
                .max(Comparator.comparingInt(u -> u.nameVi().length()));
    }

    static String plain(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}

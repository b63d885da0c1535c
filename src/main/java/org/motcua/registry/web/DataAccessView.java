package org.motcua.registry.web;

import org.motcua.registry.AccessLogEntry;

import java.time.Instant;
import java.util.List;

/**
 * One read of the citizen's data, as the citizen sees it.
 *
 * @param reader  who read it
 * @param purpose why: usually the code of a dossier
 * @param outcome {@code found}, {@code not_found} or {@code unavailable}
 */
record DataAccessView(Instant at, Reader reader, String registry, List<String> fields, String purpose, String outcome,
                      String source) {

    /**
     * @param kind {@code staff}, {@code citizen} or {@code system}
     * @param name the staff member's name, "the applicant themself", another citizen's masked number, or the platform
     * @param unit the staff member's unit at the time of the read
     * @param self whether the citizen read their own data
     */
    record Reader(String kind, String name, String unit, boolean self) {
    }

    static DataAccessView of(AccessLogEntry e, String viewer) {
        Reader reader = switch (e.readerKind()) {
            case "staff" -> new Reader("staff", e.readerName() == null ? "staff member " + e.readerId()
                    : e.readerName(), e.readerUnitName(), false);
            case "citizen" -> viewer.equals(e.readerId()) ? new Reader("citizen", "the applicant themself", null, true)
                    : new Reader("citizen", "another citizen (" + mask(e.readerId()) + ")", null, false);
            default -> new Reader("system", "the Một Cửa platform (" + e.readerId() + ")", null, false);
        };
        return new DataAccessView(e.at(), reader, e.registry(), e.fields(), e.purpose(), e.outcome(), e.source());
    }

    private static String mask(String id) {
        return id.length() <= 5 ? "***" : id.substring(0, 3) + "*".repeat(id.length() - 5) + id.substring(id.length() - 2);
    }
}

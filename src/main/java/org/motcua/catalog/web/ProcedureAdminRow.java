package org.motcua.catalog.web;

import org.motcua.catalog.ProcedureVersion;
import org.motcua.catalog.VersionStatus;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A procedure on the city admin's versions page: its newest name and every version, oldest first. */
public record ProcedureAdminRow(String code, String name, List<Version> versions) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /**
     * One version.
     *
     * @param retireHref where its retire form posts; null when it is retired already
     */
    public record Version(int number, String statusKey, boolean inForce, String publishedAt, String publishedBy,
                          String retireHref) {
    }

    static ProcedureAdminRow of(List<ProcedureVersion> versions, boolean english) {
        ProcedureVersion newest = versions.get(versions.size() - 1);
        String name = english ? newest.definition().name().en() : newest.definition().name().vi();
        return new ProcedureAdminRow(newest.code(), name, versions.stream().map(v -> new Version(v.version(),
                ProcedureAdminPage.statusKey(v.status()), v.inForce(), WHEN.format(v.publishedAt()), v.publishedBy(),
                v.status() == VersionStatus.RETIRED ? null
                        : "/staff/admin/procedures/" + v.code() + "/versions/" + v.version() + "/retire")).toList());
    }
}

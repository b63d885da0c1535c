package org.motcua.registry.internal;

import org.motcua.registry.BusinessRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Stores generated demo data: one {@code insert … select from unnest(arrays)} per table, so tens of thousands of rows
 * cost a handful of statements.
 */
@Repository
class DemoDataWriter {

    private static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DemoDataWriter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes the data unless the demo registries already hold some (checked under a lock); whether it wrote. */
    @Transactional
    public boolean writeIfEmpty(DemoData data) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('registry_demo_data'))").query().singleRow();
        boolean empty = jdbc.sql("""
                        select not exists (select 1 from registry_person) and not exists (select 1 from registry_business)
                           and not exists (select 1 from registry_household)
                           and not exists (select 1 from registry_civil_status)""")
                .query(Boolean.class).single();
        if (!empty) {
            return false;
        }
        List<DemoHousehold> h = data.households();
        jdbc.sql("""
                        insert into registry_household (household_id, head_personal_id, address, unit_slug)
                        select * from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))""")
                .params(col(h, DemoHousehold::householdId), col(h, DemoHousehold::headPersonalId),
                        col(h, DemoHousehold::address), col(h, DemoHousehold::unitSlug))
                .update();
        List<DemoResident> p = data.residents();
        jdbc.sql("""
                        insert into registry_person (personal_id, full_name, birth_date, sex, permanent_residence,
                            current_residence, hometown, unit_slug, household_id, household_seq, relationship_to_head,
                            father_id, father_name, mother_id, mother_name, spouse_id, spouse_name, died_on, demo_role)
                        select * from unnest(cast(? as text[]), cast(? as text[]), cast(? as date[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as integer[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as date[]), cast(? as text[]))""")
                .params(col(p, r -> r.personalId), col(p, r -> r.fullName), col(p, r -> date(r.birthDate)),
                        col(p, r -> r.sex), col(p, r -> r.permanentResidence), col(p, r -> r.currentResidence),
                        col(p, r -> r.hometown), col(p, r -> r.unitSlug), col(p, r -> r.householdId),
                        col(p, r -> r.householdId == null ? null : Integer.toString(r.householdSeq)),
                        col(p, r -> r.relationshipToHead), col(p, r -> r.fatherId), col(p, r -> r.fatherName),
                        col(p, r -> r.motherId), col(p, r -> r.motherName), col(p, r -> r.spouseId),
                        col(p, r -> r.spouseName), col(p, r -> date(r.diedOn)), col(p, r -> r.demoRole))
                .update();
        List<DemoCivilRecord> c = data.civilRecords();
        jdbc.sql("""
                        insert into registry_civil_status (record_id, kind, registration_number, registered_on,
                            registered_at_unit, subject_ids, details)
                        select id, kind, number, registered_on, unit, string_to_array(subjects, chr(31)),
                               cast(details as jsonb)
                        from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as date[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]))
                            as r(id, kind, number, registered_on, unit, subjects, details)""")
                .params(col(c, DemoCivilRecord::recordId), col(c, r -> r.kind().name()),
                        col(c, DemoCivilRecord::registrationNumber), col(c, r -> date(r.registeredOn())),
                        col(c, DemoCivilRecord::registeredAtUnit), col(c, r -> String.join(SEPARATOR, r.subjectIds())),
                        col(c, r -> json.writeValueAsString(r.details())))
                .update();
        List<BusinessRecord> b = data.businesses();
        jdbc.sql("""
                        insert into registry_business (tax_code, kind, name, representative_personal_id,
                            representative_name, address, unit_slug, registered_on, status, industries)
                        select tax_code, kind, name, rep_id, rep_name, address, unit, registered_on, status,
                               string_to_array(industries, chr(31))
                        from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as date[]),
                            cast(? as text[]), cast(? as text[]))
                            as r(tax_code, kind, name, rep_id, rep_name, address, unit, registered_on, status,
                                 industries)""")
                .params(col(b, BusinessRecord::taxCode), col(b, r -> r.kind().name()), col(b, BusinessRecord::name),
                        col(b, BusinessRecord::representativePersonalId), col(b, BusinessRecord::representativeName),
                        col(b, BusinessRecord::address), col(b, BusinessRecord::unitSlug),
                        col(b, r -> date(r.registeredOn())), col(b, BusinessRecord::status),
                        col(b, r -> String.join(SEPARATOR, r.industries())))
                .update();
        return true;
    }

    private static <T> String[] col(List<T> rows, Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private static String date(LocalDate day) {
        return Objects.toString(day, null);
    }
}

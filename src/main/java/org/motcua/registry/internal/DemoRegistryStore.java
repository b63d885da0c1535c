package org.motcua.registry.internal;

import org.motcua.registry.BusinessKind;
import org.motcua.registry.BusinessRecord;
import org.motcua.registry.CivilStatusKind;
import org.motcua.registry.CivilStatusRecord;
import org.motcua.registry.Household;
import org.motcua.registry.PersonRecord;
import org.motcua.registry.RelativeRef;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the demo registries (tables {@code registry_person}, {@code registry_household}, …) seeded in demo mode. */
@Repository
public class DemoRegistryStore {

    /** The demo role that makes the demo registries unavailable for a person (see docs/demo-data.md). */
    public static final String OUTAGE = "registry-outage";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DemoRegistryStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A person of the demo population registry, with what the record itself does not carry. */
    public record StoredPerson(PersonRecord record, LocalDate diedOn, String demoRole) {

        public boolean living() {
            return diedOn == null;
        }
    }

    @Transactional(readOnly = true)
    public Optional<StoredPerson> person(String personalId) {
        return jdbc.sql("select * from registry_person where personal_id = :id").param("id", personalId)
                .query(this::stored).optional().map(this::withHousehold);
    }

    /** The featured demo people first (in {@code featuredOrder}), then one living adult per unit in turn. */
    @Transactional(readOnly = true)
    public List<StoredPerson> livingAdults(int limit, List<String> featuredOrder, LocalDate bornOnOrBefore) {
        return jdbc.sql("""
                        select * from (
                            select p.*, row_number() over (partition by unit_slug order by md5(personal_id)) as rn
                            from registry_person p
                            where died_on is null and birth_date <= :adult
                              and (demo_role is null or demo_role = any (cast(:featured as text[])))
                        ) x
                        order by coalesce(array_position(cast(:featured as text[]), demo_role), 1000000), rn,
                                 md5(unit_slug)
                        limit :limit""")
                .param("adult", bornOnOrBefore)
                .param("featured", "{" + String.join(",", featuredOrder) + "}")
                .param("limit", limit)
                .query(this::stored).list().stream().map(this::withHousehold).toList();
    }

    @Transactional(readOnly = true)
    public List<CivilStatusRecord> civilStatus(String personalId) {
        return jdbc.sql("""
                        select record_id, kind, registration_number, registered_on, registered_at_unit,
                               details::text as details from registry_civil_status
                        where subject_ids @> array[cast(:id as text)]
                        order by registered_on, record_id""")
                .param("id", personalId)
                .query((rs, n) -> new CivilStatusRecord(rs.getString("record_id"),
                        CivilStatusKind.valueOf(rs.getString("kind")), rs.getString("registration_number"),
                        rs.getObject("registered_on", LocalDate.class), rs.getString("registered_at_unit"), personalId,
                        json.readValue(rs.getString("details"), new TypeReference<Map<String, String>>() { })))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<BusinessRecord> business(String taxCode) {
        return jdbc.sql("select * from registry_business where tax_code = :code").param("code", taxCode)
                .query(BUSINESS).optional();
    }

    /** Whether a demo role makes the registries unavailable for this person or business representative. */
    @Transactional(readOnly = true)
    public boolean outageFor(String personalIdOrTaxCode) {
        return jdbc.sql("""
                        select count(*) from registry_person p
                        where p.demo_role = :outage and (p.personal_id = :id or exists (
                            select 1 from registry_business b
                            where b.tax_code = :id and b.representative_personal_id = p.personal_id))""")
                .param("outage", OUTAGE).param("id", personalIdOrTaxCode).query(Integer.class).single() > 0;
    }

    /** Whether the demo registries hold any data yet. */
    @Transactional(readOnly = true)
    public boolean empty() {
        return jdbc.sql("""
                        select not exists (select 1 from registry_person) and not exists (select 1 from registry_business)
                           and not exists (select 1 from registry_household)
                           and not exists (select 1 from registry_civil_status)""")
                .query(Boolean.class).single();
    }

    private StoredPerson stored(ResultSet rs, int n) throws SQLException {
        String householdId = rs.getString("household_id");
        PersonRecord record = new PersonRecord(rs.getString("personal_id"), rs.getString("full_name"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("sex"),
                rs.getString("permanent_residence"), rs.getString("current_residence"), rs.getString("hometown"),
                rs.getString("unit_slug"),
                householdId == null ? null : new Household(householdId, null, null, List.of()),
                relative(rs.getString("father_id"), rs.getString("father_name"), "father"),
                relative(rs.getString("mother_id"), rs.getString("mother_name"), "mother"),
                relative(rs.getString("spouse_id"), rs.getString("spouse_name"),
                        "male".equals(rs.getString("sex")) ? "wife" : "husband"));
        return new StoredPerson(record, rs.getObject("died_on", LocalDate.class), rs.getString("demo_role"));
    }

    private StoredPerson withHousehold(StoredPerson stored) {
        PersonRecord p = stored.record();
        if (p.household() == null) {
            return stored;
        }
        String id = p.household().householdId();
        String head = jdbc.sql("select head_personal_id from registry_household where household_id = :id")
                .param("id", id).query(String.class).single();
        List<RelativeRef> members = jdbc.sql("""
                        select personal_id, full_name, relationship_to_head from registry_person
                        where household_id = :id order by household_seq""")
                .param("id", id)
                .query((rs, n) -> new RelativeRef(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        String headName = members.stream().filter(m -> m.personalId().equals(head)).map(RelativeRef::fullName)
                .findFirst().orElse(null);
        return new StoredPerson(new PersonRecord(p.personalId(), p.fullName(), p.birthDate(), p.sex(),
                p.permanentResidence(), p.currentResidence(), p.hometown(), p.unitSlug(),
                new Household(id, head, headName, members), p.father(), p.mother(), p.spouse()),
                stored.diedOn(), stored.demoRole());
    }

    private static RelativeRef relative(String id, String name, String relationship) {
        return id == null && name == null ? null : new RelativeRef(id, name, relationship);
    }

    private static final RowMapper<BusinessRecord> BUSINESS = (rs, n) -> new BusinessRecord(rs.getString("tax_code"),
            BusinessKind.valueOf(rs.getString("kind")), rs.getString("name"),
            rs.getString("representative_personal_id"), rs.getString("representative_name"), rs.getString("address"),
            rs.getString("unit_slug"), rs.getObject("registered_on", LocalDate.class), rs.getString("status"),
            Arrays.asList((String[]) rs.getArray("industries").getArray()));
}

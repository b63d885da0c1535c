package org.motcua.registry;

import org.junit.jupiter.api.Test;
import org.motcua.PlatformTest;
import org.motcua.problem.ProblemException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.registry.DemoPeople.BAO_OUTAGE;
import static org.motcua.registry.DemoPeople.HAN;
import static org.motcua.registry.DemoPeople.KHANG;
import static org.motcua.registry.DemoPeople.KHANGS_FATHER;
import static org.motcua.registry.DemoPeople.KHANGS_MOTHER;
import static org.motcua.registry.DemoPeople.NOBODY;
import static org.motcua.registry.DemoPeople.SAU_DECEASED;
import static org.motcua.registry.DemoPeople.TUNG_ENTERPRISE;
import static org.motcua.registry.DemoPeople.TUNG_HOUSEHOLD_BUSINESS;
import static org.motcua.registry.DemoPeople.TUNG_OWNER;

/** The registry gateway on the seeded demo registries: what it returns, and that every read is logged. */
@PlatformTest
class RegistryGatewayIntegrationTests {

    @Autowired
    Registries registries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aPersonIsFoundWithHouseholdParentsAndSpouse() {
        // when
        RegistryRead<PersonRecord> read = registries.person(KHANG, context());

        // then
        assertThat(read).isInstanceOf(RegistryRead.Found.class);
        var found = (RegistryRead.Found<PersonRecord>) read;
        PersonRecord khang = found.value();
        assertThat(found.source()).isEqualTo("population (demo data)");
        assertThat(khang.fullName()).isEqualTo("Trần Minh Khang");
        assertThat(khang.birthDate()).isEqualTo(LocalDate.of(1996, 4, 12));
        assertThat(khang.sex()).isEqualTo("male");
        assertThat(khang.permanentResidence()).isEqualTo("25 Lý Tự Trọng, Phường Sài Gòn, Thành phố Hồ Chí Minh");
        assertThat(khang.unitSlug()).isEqualTo("sai-gon");
        assertThat(khang.household().headPersonalId()).isEqualTo(KHANG);
        assertThat(khang.household().members()).containsExactly(new RelativeRef(KHANG, "Trần Minh Khang", "head"),
                new RelativeRef(HAN, "Lê Thị Ngọc Hân", "wife"));
        assertThat(khang.father()).isEqualTo(new RelativeRef(KHANGS_FATHER, "Trần Văn Hùng", "father"));
        assertThat(khang.mother()).isEqualTo(new RelativeRef(KHANGS_MOTHER, "Phạm Thị Lan", "mother"));
        assertThat(khang.spouse()).isEqualTo(new RelativeRef(HAN, "Lê Thị Ngọc Hân", "wife"));
        assertThat(registries.person(HAN, context()).toOptional().orElseThrow().spouse())
                .isEqualTo(new RelativeRef(KHANG, "Trần Minh Khang", "husband"));
    }

    @Test
    void aMarriedCoupleSharesTheirMarriageRecordAndTheHusbandHasHisBirthRecord() {
        List<CivilStatusRecord> his = registries.civilStatus(KHANG, context()).toOptional().orElseThrow();
        List<CivilStatusRecord> hers = registries.civilStatus(HAN, context()).toOptional().orElseThrow();

        assertThat(his).extracting(CivilStatusRecord::kind)
                .containsExactly(CivilStatusKind.BIRTH, CivilStatusKind.MARRIAGE);
        assertThat(his.get(0).details()).containsEntry("fatherPersonalId", KHANGS_FATHER)
                .containsEntry("motherPersonalId", KHANGS_MOTHER).containsEntry("birthDate", "1996-04-12");
        assertThat(hers).singleElement().satisfies(marriage -> {
            assertThat(marriage.recordId()).isEqualTo(his.get(1).recordId());
            assertThat(marriage.registeredOn()).isEqualTo(LocalDate.of(2023, 11, 18));
            assertThat(marriage.registeredAtUnit()).isEqualTo("sai-gon");
            assertThat(marriage.subjectPersonalId()).isEqualTo(HAN);
            assertThat(marriage.details()).containsEntry("husbandPersonalId", KHANG).containsEntry("wifePersonalId", HAN);
        });
    }

    @Test
    void theDeceasedHaveADeathRecordAndNoHousehold() {
        PersonRecord sau = registries.person(SAU_DECEASED, context()).toOptional().orElseThrow();
        assertThat(sau.household()).isNull();
        assertThat(registries.civilStatus(SAU_DECEASED, context()).toOptional().orElseThrow())
                .anySatisfy(r -> {
                    assertThat(r.kind()).isEqualTo(CivilStatusKind.DEATH);
                    assertThat(r.details()).containsEntry("dateOfDeath", "2024-08-30");
                });
    }

    @Test
    void aBusinessIsFoundByTaxCode() {
        BusinessRecord enterprise = registries.business(TUNG_ENTERPRISE, context()).toOptional().orElseThrow();
        BusinessRecord shop = registries.business(TUNG_HOUSEHOLD_BUSINESS, context()).toOptional().orElseThrow();

        assertThat(enterprise.kind()).isEqualTo(BusinessKind.ENTERPRISE);
        assertThat(enterprise.name()).isEqualTo("Công ty TNHH Thương mại Dịch vụ Bến Thành Xanh");
        assertThat(enterprise.representativePersonalId()).isEqualTo(TUNG_OWNER);
        assertThat(enterprise.industries()).first().asString().startsWith("4649 ");
        assertThat(shop.kind()).isEqualTo(BusinessKind.HOUSEHOLD_BUSINESS);
        assertThat(shop.status()).isEqualTo("active");
        String branch = jdbc.sql("select tax_code from registry_business where tax_code like '%-%' limit 1")
                .query(String.class).single();
        assertThat(registries.business(branch, context())).isInstanceOf(RegistryRead.Found.class);
    }

    @Test
    void aMissingRecordIsNotFoundWithAClearMessageAndTheManualPath() {
        RegistryRead<PersonRecord> person = registries.person(NOBODY, context());
        RegistryRead<List<CivilStatusRecord>> records = registries.civilStatus(TUNG_OWNER, context());
        RegistryRead<BusinessRecord> business = registries.business("0399999999", context());

        assertThat(person).isInstanceOfSatisfying(RegistryRead.NotFound.class, nf -> assertThat(nf.message())
                .contains(NOBODY).contains("enter the details by hand"));
        assertThat(records).as("born elsewhere, never married: nothing in the civil-status register")
                .isInstanceOfSatisfying(RegistryRead.NotFound.class, nf -> assertThat(nf.message())
                        .contains("upload copies of the certificates"));
        assertThat(business).isInstanceOfSatisfying(RegistryRead.NotFound.class, nf -> assertThat(nf.message())
                .contains("0399999999").contains("registration certificate"));
        assertThat(person.toOptional()).isEmpty();
    }

    @Test
    void anUnavailableRegistryIsAnOutcomeNotAnException() {
        // given the demo person for whom the demo registries are "down"
        RegistryRead<PersonRecord> person = registries.person(BAO_OUTAGE, context());
        RegistryRead<List<CivilStatusRecord>> records = registries.civilStatus(BAO_OUTAGE, context());

        assertThat(person).isInstanceOfSatisfying(RegistryRead.Unavailable.class, u -> assertThat(u.message())
                .contains("not answering").contains("by hand").doesNotContain("demo:"));
        assertThat(records).isInstanceOf(RegistryRead.Unavailable.class);
    }

    @Test
    void everyReadIsLoggedWhetherFoundNotFoundOrUnavailable() {
        // given
        String purpose = "000.20.14.H29-260105-" + UUID.randomUUID();
        ReadContext context = ReadContext.staff("sai-gon.reception", purpose, "fullName", "birthDate");

        // when
        registries.person(KHANG, context);
        registries.person(NOBODY, context);
        registries.person(BAO_OUTAGE, context);
        registries.business(TUNG_ENTERPRISE, ReadContext.citizen(TUNG_OWNER, purpose));

        // then
        List<Map<String, Object>> rows = jdbc.sql("""
                        select subject_id, reader_id, reader_kind, reader_name, reader_unit, reader_unit_name, registry,
                               array_to_string(fields, ',') as fields, outcome, source
                        from registry_access_log where purpose = :p order by id""")
                .param("p", purpose).query().listOfRows();
        assertThat(rows).extracting(r -> r.get("subject_id") + " " + r.get("registry") + " " + r.get("outcome"))
                .containsExactly(KHANG + " population found", NOBODY + " population not_found",
                        BAO_OUTAGE + " population unavailable", TUNG_ENTERPRISE + " business found");
        assertThat(rows.get(0)).containsEntry("reader_id", "sai-gon.reception").containsEntry("reader_kind", "staff")
                .containsEntry("reader_name", "Tiếp nhận – Phường Sài Gòn").containsEntry("reader_unit", "sai-gon")
                .containsEntry("reader_unit_name", "Phường Sài Gòn").containsEntry("fields", "fullName,birthDate")
                .containsEntry("source", "population (demo data)");
        assertThat(rows.get(3)).containsEntry("reader_kind", "citizen").containsEntry("reader_id", TUNG_OWNER);
        assertThat((String) rows.get(3).get("fields")).as("no fields declared: all of them")
                .startsWith("taxCode,kind,name,");
    }

    @Test
    void theLogEntryStaysWhenTheCallersTransactionRollsBack() {
        // given a caller whose own transaction fails after the read
        String purpose = "rollback-" + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("insert into audit_entry (at, actor, action, subject) values (now(), 'test', 'TEST', :p)")
                    .param("p", purpose).update();
            registries.person(KHANG, ReadContext.system("test", purpose));
            tx.setRollbackOnly();
        });

        // then the caller's write is gone, the log entry is not
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = :p").param("p", purpose)
                .query(Integer.class).single()).isZero();
        assertThat(logged(purpose)).isEqualTo(1);
    }

    @Test
    void theAccessLogCannotBeChangedOrDeleted() {
        String purpose = "append-only-" + UUID.randomUUID();
        registries.person(KHANG, ReadContext.system("test", purpose));

        assertThatThrownBy(() -> jdbc.sql("update registry_access_log set reader_id = 'nobody' where purpose = :p")
                .param("p", purpose).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from registry_access_log where purpose = :p")
                .param("p", purpose).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate registry_access_log").update())
                .hasMessageContaining("append-only");
        assertThat(logged(purpose)).isEqualTo(1);
    }

    @Test
    void invalidInputIsRefusedNamingTheParameterAndNothingIsRead() {
        String purpose = "invalid-" + UUID.randomUUID();
        assertThatThrownBy(() -> registries.person("12345", ReadContext.system("test", purpose)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("personalId"));
        assertThatThrownBy(() -> registries.civilStatus("07909600123A", ReadContext.system("test", purpose)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("personalId"));
        assertThatThrownBy(() -> registries.business("031234567", ReadContext.system("test", purpose)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("taxCode"));
        assertThatThrownBy(() -> registries.person(KHANG, ReadContext.system("test", " ")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("purpose"));
        assertThatThrownBy(() -> registries.person(KHANG, ReadContext.system("test", purpose, "salary")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("fields"));
        assertThatThrownBy(() -> registries.person(KHANG, new ReadContext("x", "robot", purpose, List.of())))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("readerKind"));
        assertThat(logged(purpose)).isZero();
    }

    private static ReadContext context() {
        return ReadContext.system("registries-integration-test", "test:" + UUID.randomUUID());
    }

    private int logged(String purpose) {
        return jdbc.sql("select count(*) from registry_access_log where purpose = :p").param("p", purpose)
                .query(Integer.class).single();
    }
}

package org.motcua.registry;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.registry.RegistryContractFixtures.PERSONAL_ID;
import static org.motcua.registry.RegistryContractFixtures.TAX_CODE;
import static org.motcua.registry.RegistryContractFixtures.business;
import static org.motcua.registry.RegistryContractFixtures.civilStatus;
import static org.motcua.registry.RegistryContractFixtures.person;

/**
 * The platform configured for the data-exchange platform ({@code motcua.registry.mode=http}) against a stub of it:
 * reads go over HTTP with the configured key and timeout, faults become "unavailable", and every read is logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.registry.mode=http", "motcua.registry.timeout=500ms", "motcua.registry.api-key=test-key",
        "motcua.registry.residents=300", "motcua.registry.businesses=20"})
class RegistryHttpModeIntegrationTests {

    private static final RegistryStub STUB = RegistryStub.start();
    private static final String PERSON = "/population/v1/persons/" + PERSONAL_ID;

    @DynamicPropertySource
    static void registry(DynamicPropertyRegistry properties) {
        properties.add("motcua.registry.base-url", STUB::baseUrl);
    }

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    Registries registries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsGoToTheDataExchangePlatformWithKeyAndPurposeAndAreLogged() {
        // given
        STUB.json(PERSON, person());
        STUB.json("/civil-status/v1/records?personalId=" + PERSONAL_ID, civilStatus());
        STUB.json("/business/v1/entities/" + TAX_CODE, business());
        String purpose = "000.20.15.H29-" + UUID.randomUUID();

        // when
        RegistryRead<PersonRecord> person = registries.person(PERSONAL_ID, ReadContext.staff("ben-thanh.reception",
                purpose));
        RegistryRead<List<CivilStatusRecord>> records = registries.civilStatus(PERSONAL_ID,
                ReadContext.staff("ben-thanh.reception", purpose));
        RegistryRead<BusinessRecord> enterprise = registries.business(TAX_CODE,
                ReadContext.staff("ben-thanh.reception", purpose));

        // then
        assertThat(person).isInstanceOfSatisfying(RegistryRead.Found.class,
                f -> assertThat(f.source()).isEqualTo("population registry"));
        assertThat(person.toOptional().orElseThrow().fullName()).isEqualTo("Nguyễn Thị Thu Hà");
        assertThat(records.toOptional().orElseThrow()).singleElement()
                .extracting(CivilStatusRecord::kind).isEqualTo(CivilStatusKind.MARRIAGE);
        assertThat(enterprise.toOptional().orElseThrow().name()).isEqualTo("Công ty TNHH Thương mại Dịch vụ Minh Phát");
        assertThat(STUB.received()).filteredOn(r -> r.pathAndQuery().equals(PERSON)).last()
                .satisfies(r -> assertThat(r.headers()).containsEntry("x-api-key", "test-key")
                        .containsEntry("x-request-purpose", purpose)
                        .containsEntry("x-requested-by", "staff%3Aben-thanh.reception"));
        assertThat(outcomes(purpose)).containsExactly(
                Map.of("registry", "population", "outcome", "found", "source", "population registry"),
                Map.of("registry", "civil_status", "outcome", "found", "source", "civil-status registry"),
                Map.of("registry", "business", "outcome", "found", "source", "business registry"));
    }

    @Test
    void slowServerErrorAndMalformedAnswersAreUnavailableAndLogged() {
        String purpose = "faults-" + UUID.randomUUID();
        ReadContext context = ReadContext.citizen(PERSONAL_ID, purpose);

        // slower than the 500 ms timeout
        STUB.answer(PERSON, 200, "application/json", person(), 2_500);
        long started = System.nanoTime();
        RegistryRead<PersonRecord> slow = registries.person(PERSONAL_ID, context);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_000));
        assertThat(slow).isInstanceOf(RegistryRead.Unavailable.class);

        STUB.answer(PERSON, 500, "application/json", "{}", 0);
        assertThat(registries.person(PERSONAL_ID, context)).isInstanceOf(RegistryRead.Unavailable.class);

        STUB.answer(PERSON, 200, "application/json", "<html>maintenance</html>", 0);
        assertThat(registries.person(PERSONAL_ID, context)).isInstanceOf(RegistryRead.Unavailable.class);

        STUB.answer(PERSON, 404, "application/problem+json", "{\"status\":404}", 0);
        assertThat(registries.person(PERSONAL_ID, context)).isInstanceOf(RegistryRead.NotFound.class);

        assertThat(outcomes(purpose)).extracting(m -> m.get("outcome"))
                .containsExactly("unavailable", "unavailable", "unavailable", "not_found");
    }

    @Test
    void theCounterGets503WhenTheRegistryTimesOut() {
        STUB.answer(PERSON, 200, "application/json", person(), 2_500);

        ApiClient.Response response = ApiClient.as(port, "ben-thanh.reception")
                .get("/api/v1/registry/population/" + PERSONAL_ID + "?purpose=counter");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().get("code").asString()).isEqualTo("registry-unavailable");
        assertThat(response.body()).doesNotContain("500ms").doesNotContain("request ");
    }

    private List<Map<String, Object>> outcomes(String purpose) {
        return jdbc.sql("select registry, outcome, source from registry_access_log where purpose = :p order by id")
                .param("p", purpose).query().listOfRows();
    }
}

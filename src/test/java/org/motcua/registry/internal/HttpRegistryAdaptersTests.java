package org.motcua.registry.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motcua.registry.BusinessKind;
import org.motcua.registry.BusinessRecord;
import org.motcua.registry.CivilStatusKind;
import org.motcua.registry.CivilStatusRecord;
import org.motcua.registry.PersonRecord;
import org.motcua.registry.ReadContext;
import org.motcua.registry.RegistryStub;
import org.motcua.registry.RelativeRef;
import tools.jackson.databind.json.JsonMapper;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.registry.RegistryContractFixtures.PERSONAL_ID;
import static org.motcua.registry.RegistryContractFixtures.SPOUSE_ID;
import static org.motcua.registry.RegistryContractFixtures.TAX_CODE;
import static org.motcua.registry.RegistryContractFixtures.business;
import static org.motcua.registry.RegistryContractFixtures.civilStatus;
import static org.motcua.registry.RegistryContractFixtures.person;

/** The HTTP adapters against a stub of the data-exchange platform speaking docs/registry-contract.md. */
class HttpRegistryAdaptersTests {

    private static final Duration TIMEOUT = Duration.ofMillis(400);
    private static final ReadContext CONTEXT = ReadContext.staff("sai-gon.reception", "000.20.14.H29-260105-0001 hồ sơ",
            "fullName");
    private static final String PERSON_PATH = "/population/v1/persons/" + PERSONAL_ID;

    private final RegistryStub stub = RegistryStub.start();
    private final RegistryHttpClient client = new RegistryHttpClient(stub.baseUrl() + "/lgsp", TIMEOUT, "secret-key",
            JsonMapper.builder().build());
    private final HttpPopulationAdapter population = new HttpPopulationAdapter(client);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aFoundPersonIsMappedWithHouseholdParentsAndSpouseAndTheRequestCarriesKeyPurposeAndReader() {
        // given
        stub.json("/lgsp" + PERSON_PATH, person());

        // when
        Optional<PersonRecord> read = population.person(PERSONAL_ID, CONTEXT);

        // then
        PersonRecord p = read.orElseThrow();
        assertThat(p.fullName()).isEqualTo("Nguyễn Thị Thu Hà");
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(p.unitSlug()).isEqualTo("ben-thanh");
        assertThat(p.household().headPersonalId()).isEqualTo(SPOUSE_ID);
        assertThat(p.household().members()).extracting(RelativeRef::relationship).containsExactly("head", "wife");
        assertThat(p.father()).isEqualTo(new RelativeRef(null, "Nguyễn Văn Tâm", "father"));
        assertThat(p.mother()).isEqualTo(new RelativeRef(null, "Phan Thị Lý", "mother"));
        assertThat(p.spouse()).isEqualTo(new RelativeRef(SPOUSE_ID, "Lê Văn Bình", "husband"));
        RegistryStub.Received request = stub.received().get(0);
        assertThat(request.headers()).containsEntry("x-api-key", "secret-key")
                .containsEntry("x-request-purpose", "000.20.14.H29-260105-0001%20h%E1%BB%93%20s%C6%A1")
                .containsEntry("x-requested-by", "staff%3Asai-gon.reception")
                .containsEntry("accept", "application/json")
                .containsKey("x-request-id");
    }

    @Test
    void a404IsNotFound() {
        // given nothing on that path: the stub answers 404 as the contract says
        assertThat(population.person(PERSONAL_ID, CONTEXT)).isEmpty();
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsUnavailableWithoutWaitingForIt() {
        // given
        stub.answer("/lgsp" + PERSON_PATH, 200, "application/json", person(), 3_000);

        // when
        long started = System.nanoTime();
        assertThatThrownBy(() -> population.person(PERSONAL_ID, CONTEXT))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("did not answer within");

        // then the caller waited about the timeout, not the three seconds
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_000));
    }

    @Test
    void aRegistryThatIsDownIsUnavailable() throws Exception {
        // given a port nobody listens on
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var down = new HttpPopulationAdapter(new RegistryHttpClient("http://127.0.0.1:" + closedPort, TIMEOUT, null,
                JsonMapper.builder().build()));

        assertThatThrownBy(() -> down.person(PERSONAL_ID, CONTEXT))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("could not be reached");
    }

    @Test
    void aServerErrorIsUnavailable() {
        stub.answer("/lgsp" + PERSON_PATH, 500, "application/problem+json", "{\"status\":500}", 0);

        assertThatThrownBy(() -> population.person(PERSONAL_ID, CONTEXT))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("HTTP 500");
    }

    @Test
    void malformedJsonIsUnavailable() {
        stub.answer("/lgsp" + PERSON_PATH, 200, "application/json", "{\"personalId\": \"0791901", 0);

        assertThatThrownBy(() -> population.person(PERSONAL_ID, CONTEXT))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("not the contract's JSON");
    }

    @Test
    void anAnswerAboutAnotherPersonOrWithoutRequiredMembersIsUnavailable() {
        stub.json("/lgsp" + PERSON_PATH, person().replace("\"personalId\": \"079190123456\"",
                "\"personalId\": \"079190999999\""));
        assertThatThrownBy(() -> population.person(PERSONAL_ID, CONTEXT))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("not the one asked for");

        stub.json("/lgsp" + PERSON_PATH, "{\"personalId\": \"" + PERSONAL_ID + "\", \"sex\": \"female\"}");
        assertThatThrownBy(() -> population.person(PERSONAL_ID, CONTEXT))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("fullName is missing");
    }

    @Test
    void civilStatusRecordsAreReadForThePersonAskedAbout() {
        stub.json("/lgsp/civil-status/v1/records?personalId=" + PERSONAL_ID, civilStatus());

        List<CivilStatusRecord> records = new HttpCivilStatusAdapter(client).records(PERSONAL_ID, CONTEXT);

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(CivilStatusKind.MARRIAGE);
            assertThat(r.subjectPersonalId()).isEqualTo(PERSONAL_ID);
            assertThat(r.details()).containsEntry("husbandPersonalId", SPOUSE_ID);
        });
        assertThat(new HttpCivilStatusAdapter(client).records(SPOUSE_ID, CONTEXT)).as("404").isEmpty();
    }

    @Test
    void aBusinessIsReadByTaxCodeWithItsIndustries() {
        stub.json("/lgsp/business/v1/entities/" + TAX_CODE, business());

        BusinessRecord b = new HttpBusinessAdapter(client).business(TAX_CODE, CONTEXT).orElseThrow();

        assertThat(b.kind()).isEqualTo(BusinessKind.ENTERPRISE);
        assertThat(b.representativePersonalId()).isEqualTo(SPOUSE_ID);
        assertThat(b.industries()).containsExactly("4649 Bán buôn đồ dùng khác cho gia đình");
        assertThat(new HttpBusinessAdapter(client).business("0301234567-001", CONTEXT)).isEmpty();
    }

    @Test
    void withoutABaseUrlEveryReadIsUnavailable() {
        var unconfigured = new HttpPopulationAdapter(new RegistryHttpClient(null, TIMEOUT, null,
                JsonMapper.builder().build()));

        assertThatThrownBy(() -> unconfigured.person(PERSONAL_ID, CONTEXT))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("no base URL");
    }
}

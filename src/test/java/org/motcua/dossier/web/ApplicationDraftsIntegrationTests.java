package org.motcua.dossier.web;

import org.junit.jupiter.api.Test;
import org.motcua.PlatformTest;
import org.motcua.dossier.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A citizen's application not yet submitted is kept in the database: everything the pages need comes back as it
 * was saved, the files apart; drafts untouched for 30 days are deleted with their files.
 */
@PlatformTest
class ApplicationDraftsIntegrationTests {

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSavedDraftComesBackAsItWasWithItsFilesApart() {
        Actor citizen = newCitizen();
        ApplicationDraft draft = drafts.find(citizen, "1.001193.000.00.00.H29");
        draft.consented = true;
        draft.consentId = UUID.randomUUID();
        draft.prefilled.put("mother.fullName", "Lê Thị Ngọc Hân");
        draft.sources.put("mother.fullName", "population");
        draft.answers.put("childName", "Trần Minh An");
        draft.answers.put("birthDate", "2026-11-20");
        draft.answeredPages.add(1);
        draft.items().put("parties", 2);
        draft.componentsFromRegistry = List.of("marriage-certificate");
        draft.unit = "sai-gon";
        draft.phone = "0903123456";
        byte[] scan = "%PDF-1.4\n% scan\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        draft.uploadsDone = true;
        drafts.saveWithUploads(citizen, "1.001193.000.00.00.H29", draft, Map.of("medical-birth-certificate",
                new ApplicationDraft.Upload("giay-chung-sinh.pdf", "application/pdf", scan)));

        ApplicationDraft found = drafts.find(citizen, "1.001193.000.00.00.H29");
        assertThat(found.key).as("the submission's idempotency key survives").isEqualTo(draft.key);
        assertThat(found.consented).isTrue();
        assertThat(found.consentId).isEqualTo(draft.consentId);
        assertThat(found.prefilled).isEqualTo(draft.prefilled);
        assertThat(found.sources).isEqualTo(draft.sources);
        assertThat(found.answers).containsExactly(Map.entry("childName", "Trần Minh An"),
                Map.entry("birthDate", "2026-11-20"));
        assertThat(found.answeredPages).containsExactly(1);
        assertThat(found.items()).containsEntry("parties", 2);
        assertThat(found.componentsFromRegistry).containsExactly("marriage-certificate");
        assertThat(found.unit).isEqualTo("sai-gon");
        assertThat(found.phone).isEqualTo("0903123456");
        assertThat(found.uploadsDone).isTrue();
        ApplicationDraft.Upload upload = found.uploads.get("medical-birth-certificate");
        assertThat(upload.name()).isEqualTo("giay-chung-sinh.pdf");
        assertThat(upload.content()).as("read only when submitted").isNull();
        assertThat(drafts.upload(citizen, "1.001193.000.00.00.H29", "medical-birth-certificate")).hasValue(scan);

        assertThat(drafts.find(citizen, "2.001035.000.00.00.H29").consented).as("one draft per procedure").isNull();
        assertThat(drafts.find(newCitizen(), "1.001193.000.00.00.H29").answers).as("and per applicant").isEmpty();
    }

    @Test
    void aDraftAndItsFilesAreSavedTogetherOrNotAtAll() {
        Actor citizen = newCitizen();
        ApplicationDraft draft = new ApplicationDraft();
        draft.answers.put("childName", "Trần Minh An");
        Map<String, ApplicationDraft.Upload> unreadable = new LinkedHashMap<>();
        unreadable.put("medical-birth-certificate", new ApplicationDraft.Upload("a.pdf", "application/pdf", null));

        assertThatThrownBy(() -> drafts.saveWithUploads(citizen, "1.001193.000.00.00.H29", draft, unreadable))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(drafts.exists(citizen, "1.001193.000.00.00.H29")).as("the draft's row rolled back with the file")
                .isFalse();
    }

    @Test
    void aStoredDraftThatCannotBeReadIsStartedAfresh() {
        Actor citizen = newCitizen();
        jdbc.sql("""
                insert into application_draft (owner, procedure_code, content, updated_at)
                values (?, '1.001193.000.00.00.H29', '{"answers": "not a map", "answeredPages": {}}', now())""")
                .params("CITIZEN:" + citizen.id()).update();

        ApplicationDraft found = drafts.find(citizen, "1.001193.000.00.00.H29");
        assertThat(found.answers).isEmpty();
        assertThat(found.consented).isNull();
        found.answers.put("childName", "Trần Minh An");
        drafts.save(citizen, "1.001193.000.00.00.H29", found);
        assertThat(drafts.find(citizen, "1.001193.000.00.00.H29").answers).as("replaced by the next save")
                .containsEntry("childName", "Trần Minh An");
    }

    @Test
    void draftsUntouchedForThirtyDaysAreDeletedWithTheirFiles() {
        Actor stale = newCitizen();
        Actor recent = newCitizen();
        save(stale);
        save(recent);
        jdbc.sql("update application_draft set updated_at = now() - interval '31 days' where owner = ?")
                .params("CITIZEN:" + stale.id()).update();

        assertThat(drafts.deleteAbandoned(Instant.now())).isPositive();

        assertThat(drafts.find(stale, "1.001193.000.00.00.H29").answers).isEmpty();
        assertThat(drafts.upload(stale, "1.001193.000.00.00.H29", "medical-birth-certificate")).isEmpty();
        assertThat(drafts.find(recent, "1.001193.000.00.00.H29").answers).containsKey("childName");
        assertThat(drafts.deleteAbandoned(Instant.now().plus(Duration.ofDays(29)))).as("kept 30 days").isZero();
    }

    @Test
    void aSubmittedDraftIsDeletedWithItsFiles() {
        Actor citizen = newCitizen();
        save(citizen);
        drafts.delete(citizen, "1.001193.000.00.00.H29");
        assertThat(drafts.started(citizen)).isEmpty();
        assertThat(jdbc.sql("select count(*) from application_draft_upload where owner = ?")
                .params("CITIZEN:" + citizen.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void theTimeDraftsAreKeptMustBePositive() {
        assertThatThrownBy(() -> new ApplicationDrafts(jdbc, null, Optional.empty(), Duration.ZERO))
                .hasMessageContaining("keep-drafts");
    }

    private void save(Actor citizen) {
        ApplicationDraft draft = new ApplicationDraft();
        draft.answers.put("childName", "Trần Minh An");
        drafts.saveWithUploads(citizen, "1.001193.000.00.00.H29", draft, Map.of("medical-birth-certificate",
                new ApplicationDraft.Upload("a.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'})));
    }

    private static Actor newCitizen() {
        return Actor.citizen(String.format("0791%08d", (long) (Math.random() * 100_000_000)), "Người thử");
    }
}

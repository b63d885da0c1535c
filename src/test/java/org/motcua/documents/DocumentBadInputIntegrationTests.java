package org.motcua.documents;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.documents.DocumentFixtures.draft;
import static org.motcua.documents.DocumentFixtures.drafted;
import static org.motcua.documents.DocumentFixtures.issue;

/** Every bad input the issue names, and the validation of drafts, registrations and assignments. */
@PlatformTest
class DocumentBadInputIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anAttachmentThatIsNotAPdfIsRefusedWith415WhateverItsName() {
        String id = drafted(port, "binh-trung.processor", draft("binh-trung", "TB", "Thông báo E", List.of("sai-gon")));
        ApiClient client = ApiClient.as(port, "binh-trung.processor");

        ApiClient.Response text = client.upload("/api/v1/documents/outgoing/" + id + "/files", Map.of(), "fake.pdf",
                "not a pdf at all".getBytes(StandardCharsets.UTF_8));
        ApiClient.Response png = client.upload("/api/v1/documents/outgoing/" + id + "/files", Map.of(), "scan.pdf",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        ApiClient.Response check = client.upload("/api/v1/documents/signature-check", Map.of(), "x.pdf",
                "<html></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(text.status()).isEqualTo(415);
        assertThat(text.isProblem()).isTrue();
        assertThat(text.json().get("code").asString()).isEqualTo("unsupported-file-type");
        assertThat(png.status()).isEqualTo(415);
        assertThat(check.status()).isEqualTo(415);
    }

    @Test
    void assigningToAPersonOutsideTheUnitIs422() {
        String entry = outsideDocument("binh-trung");
        ApiClient leader = ApiClient.as(port, "binh-trung.leader");

        ApiClient.Response outside = leader.post("/api/v1/documents/incoming/" + entry + "/assignments",
                Map.of("assigneeKind", "PERSON", "assignee", "sai-gon.processor", "purpose", "HANDLE",
                        "workingDays", 3));
        ApiClient.Response unknown = leader.post("/api/v1/documents/incoming/" + entry + "/assignments",
                Map.of("assigneeKind", "PERSON", "assignee", "nobody.at.all", "purpose", "HANDLE", "workingDays", 3));
        ApiClient.Response noDeadline = leader.post("/api/v1/documents/incoming/" + entry + "/assignments",
                Map.of("assigneeKind", "PERSON", "assignee", "binh-trung.processor", "purpose", "HANDLE"));
        ApiClient.Response badKind = leader.post("/api/v1/documents/incoming/" + entry + "/assignments",
                Map.of("assigneeKind", "ROBOT", "assignee", "x", "purpose", "HANDLE", "workingDays", 1));
        ApiClient.Response byProcessor = ApiClient.as(port, "binh-trung.processor").post("/api/v1/documents/incoming/"
                + entry + "/assignments", Map.of("assigneeKind", "PERSON", "assignee", "binh-trung.processor",
                "purpose", "HANDLE", "workingDays", 3));

        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().get("code").asString()).isEqualTo("assignee-outside-unit");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("code").asString()).isEqualTo("assignee-outside-unit");
        assertThat(noDeadline.status()).isEqualTo(422);
        assertThat(noDeadline.json().get("code").asString()).isEqualTo("invalid-document");
        assertThat(badKind.status()).isEqualTo(422);
        assertThat(byProcessor.status()).isEqualTo(403);
    }

    @Test
    void draftsAreValidated() {
        ApiClient client = ApiClient.as(port, "binh-trung.processor");
        Map<String, Object> letter = draft("binh-trung", "CONG_VAN", "Về việc F", List.of("sai-gon"));
        letter.remove("draftingUnit");
        Map<String, Object> badType = draft("binh-trung", "XYZ", "G", List.of("sai-gon"));
        Map<String, Object> badAuthority = draft("binh-trung", "QĐ", "H", List.of("sai-gon"));
        badAuthority.put("signingAuthority", "BOSS");
        Map<String, Object> toItself = draft("binh-trung", "QĐ", "I", List.of("binh-trung"));
        Map<String, Object> unknownUnit = draft("binh-trung", "QĐ", "J", List.of("khong-co"));
        Map<String, Object> otherUnit = draft("sai-gon", "QĐ", "K", List.of("ben-thanh"));
        Map<String, Object> secretNoPeople = draft("binh-trung", "QĐ", "L", List.of("sai-gon"));
        secretNoPeople.put("confidential", true);

        assertThat(client.post("/api/v1/documents/outgoing", letter).json().get("errors").get(0).get("field")
                .asString()).isEqualTo("draftingUnit");
        for (Map<String, Object> body : List.of(letter, badType, badAuthority, toItself, unknownUnit, otherUnit,
                secretNoPeople)) {
            ApiClient.Response r = client.post("/api/v1/documents/outgoing", body);
            assertThat(r.status()).as(body + " → " + r).isEqualTo(422);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(ApiClient.as(port, "binh-trung.reception").post("/api/v1/documents/outgoing",
                draft("binh-trung", "QĐ", "M", List.of("sai-gon"))).status()).isEqualTo(403);
    }

    @Test
    void aDocumentWithoutSignerOrRecipientsCannotBeIssued() {
        Map<String, Object> body = draft("binh-trung", "TB", "Thông báo N", List.of());
        body.remove("signerName");
        body.put("recipientOutside", List.of());
        String id = drafted(port, "binh-trung.processor", body);

        ApiClient.Response r = issue(port, "binh-trung.clerk", id);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors")).hasSize(2);
    }

    @Test
    void anInvitationCarriesAJitsiRoomOnlyWhenAskedAndOtherTypesCannot() {
        Map<String, Object> invitation = draft("binh-trung", "GM", "Mời họp giao ban", List.of("sai-gon"));
        invitation.put("meetingRoom", true);
        Map<String, Object> decision = draft("binh-trung", "QĐ", "Quyết định O", List.of("sai-gon"));
        decision.put("meetingRoom", true);
        ApiClient client = ApiClient.as(port, "binh-trung.processor");

        ApiClient.Response gm = client.post("/api/v1/documents/outgoing", invitation);
        ApiClient.Response qd = client.post("/api/v1/documents/outgoing", decision);
        ApiClient.Response plain = client.post("/api/v1/documents/outgoing", draft("binh-trung", "GM", "Mời họp",
                List.of("sai-gon")));

        assertThat(gm.status()).isEqualTo(201);
        assertThat(gm.json().get("meetingLink").asString()).matches("https://meet\\.example\\.org/MotCua-[0-9a-f]{20}");
        assertThat(qd.status()).isEqualTo(422);
        assertThat(plain.json().has("meetingLink")).isFalse();
    }

    @Test
    void outsideDocumentsAreRegisteredByTheClerkOnlyAndValidated() {
        Map<String, Object> body = outside("binh-trung");
        Map<String, Object> future = new HashMap<>(body);
        future.put("documentDate", "2999-01-01");
        Map<String, Object> missing = new HashMap<>(body);
        missing.remove("author");

        assertThat(ApiClient.as(port, "binh-trung.leader").post("/api/v1/documents/incoming", body).status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "binh-trung.clerk").post("/api/v1/documents/incoming", future).status())
                .isEqualTo(422);
        assertThat(ApiClient.as(port, "binh-trung.clerk").post("/api/v1/documents/incoming", missing).status())
                .isEqualTo(422);
        assertThat(ApiClient.as(port, "sai-gon.clerk").post("/api/v1/documents/incoming", body).status())
                .isEqualTo(422);
    }

    @Test
    void unknownIdsAndRegistersAreNotFound() {
        ApiClient client = ApiClient.as(port, "binh-trung.clerk");

        assertThat(client.get("/api/v1/documents/outgoing/not-a-uuid").status()).isEqualTo(404);
        assertThat(client.get("/api/v1/documents/incoming/00000000-0000-0000-0000-000000000000").status())
                .isEqualTo(404);
        assertThat(client.get("/api/v1/documents/registers/other?unit=binh-trung").status()).isEqualTo(404);
        assertThat(client.get("/api/v1/documents/registers/incoming?unit=sai-gon").status()).isEqualTo(404);
        assertThat(client.get("/api/v1/documents/registers/incoming?unit=binh-trung&format=doc").status())
                .isEqualTo(400);
        assertThat(client.get("/api/v1/documents/registers/incoming?unit=binh-trung&from=2026-05-01&to=2026-01-01")
                .status()).isEqualTo(400);
        assertThat(ApiClient.anonymous(port).get("/api/v1/documents/registers/incoming?unit=binh-trung").status())
                .isEqualTo(401);
    }

    private String outsideDocument(String unit) {
        ApiClient.Response r = ApiClient.as(port, unit + ".clerk").post("/api/v1/documents/incoming", outside(unit));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    static Map<String, Object> outside(String unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("unit", unit);
        body.put("author", "Bộ Nội vụ");
        body.put("symbol", "123/BNV-VP");
        body.put("documentDate", "2026-01-05");
        body.put("type", "CV");
        body.put("summary", "Về việc hướng dẫn công tác văn thư");
        body.put("type", "CONG_VAN");
        return body;
    }
}

package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox's overdue filter once built ":now" and "order" into one SQL parameter name and failed with 500. */
@PlatformTest
class InboxOverdueFilterIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void onlyOverdueDossiersCanBeAskedFor() {
        ApiClient.Response response = ApiClient.as(port, "hiep-binh.processor").get("/api/v1/inbox?overdue=true");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("items").isArray()).isTrue();
    }
}

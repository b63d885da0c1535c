package org.motcua.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.MotCuaApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With MOTCUA_DB_URL set, the platform uses that PostgreSQL (here a separate server this test starts, standing in for
 * the city's database server): it migrates it, starts no PostgreSQL of its own, and runs without demo data.
 */
class ExternalDatabaseIntegrationTests {

    private static EmbeddedPostgres external;
    private static Path dataDir;

    @BeforeAll
    static void startTheCitysDatabaseServer() throws Exception {
        external = EmbeddedPostgres.builder().start();
        try (var c = external.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create user motcua password 'city-secret'");
            s.execute("create database motcua owner motcua");
        }
        dataDir = Files.createTempDirectory("motcua-external");
    }

    @AfterAll
    static void stop() throws Exception {
        external.close();
    }

    @Test
    void runsOnTheConfiguredServerWithoutStartingItsOwnAndWithoutDemoData() {
        try (ConfigurableApplicationContext app = SpringApplication.run(MotCuaApplication.class,
                "--motcua.db.url=jdbc:postgresql://127.0.0.1:" + external.getPort() + "/motcua",
                "--motcua.db.user=motcua", "--motcua.db.password=city-secret",
                "--motcua.db.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            // the schema and the reference data are in the external database
            JdbcClient jdbc = JdbcClient.create(external.getDatabase("motcua", "motcua"));
            assertThat(jdbc.sql("select count(*) from organization_unit where type in ('ward','commune','special_zone')")
                    .query(Integer.class).single()).isEqualTo(168);
            // no demo accounts, no demo registry people, and no embedded server of our own
            assertThat(jdbc.sql("select count(*) from organization_staff_account").query(Integer.class).single())
                    .isZero();
            assertThat(dataDir.resolve("pg")).doesNotExist();
            assertThat(ApiClient.anonymous(port).get("/api/v1/units?type=special_zone").json().size()).isEqualTo(1);
            assertThat(ApiClient.as(port, "city.admin").get("/api/v1/units/sai-gon/staff").status()).isEqualTo(401);
        }
    }
}

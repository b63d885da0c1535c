package org.motcua.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded PostgreSQL's operational promises, checked with real processes. */
class EmbeddedPostgresServerTests {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void runsDurablyWithFsyncAndSynchronousCommitOn() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, false);
             var connection = DriverManager.getConnection(server.jdbcUrl());
             var statement = connection.createStatement()) {
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "server_version")).startsWith("17.");
            assertThat(dataDir.resolve("pg").resolve("PG_VERSION")).exists();
        }
    }

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, false);
             var connection = DriverManager.getConnection(server.jdbcUrl());
             var statement = connection.createStatement()) {
            statement.execute("create table kept (n int); insert into kept values (42)");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, false);
             var connection = DriverManager.getConnection(server.jdbcUrl());
             var rs = connection.createStatement().executeQuery("select n from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void recoversOnItsOwnAfterTheJvmWasKilledWithSigkill() throws Exception {
        // given a platform JVM that committed a row and was then killed with kill -9
        Process child = startChild("committed-before-kill");
        assertThat(readLine(child)).isEqualTo("READY");
        long orphanPid = postmasterPid();
        child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("orphaned postgres still runs")
                .contains(true);

        // when the next instance starts on the same data directory
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, false);
             var connection = DriverManager.getConnection(server.jdbcUrl());
             var rs = connection.createStatement().executeQuery("select note from survivor")) {
            // then it stopped the orphan, started, and the committed row is there
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("committed-before-kill");
        }
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryRefusesWithAClearMessage() throws Exception {
        // given a running instance
        try (EmbeddedPostgresServer ignored = EmbeddedPostgresServer.start(dataDir, 0, false)) {
            // when another process starts on the same directory
            Process second = startChild("second");
            String line = readLine(second);
            // then it refuses, names the directory, and exits
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(3);
            assertThat(line).startsWith("REFUSED")
                    .contains("already used by another running Một Cửa instance")
                    .contains(dataDir.toAbsolutePath().normalize().toString())
                    .contains("pid " + ProcessHandle.current().pid());
        }
    }

    @Test
    void aSecondStartInTheSameJvmIsRefusedToo() {
        try (EmbeddedPostgresServer ignored = EmbeddedPostgresServer.start(dataDir, 0, false)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, 0, false))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("MOTCUA_DATA_DIR");
        }
    }

    private long postmasterPid() throws Exception {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid")).get(0).trim());
    }

    private Process startChild(String note) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseChild.class.getName(), dataDir.toString(), note));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String readLine(Process process) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while ((line = reader.readLine()) != null && System.nanoTime() < deadline) {
            if (line.startsWith("READY") || line.startsWith("REFUSED")) {
                return line;
            }
        }
        throw new AssertionError("child process ended without READY/REFUSED");
    }

    private static String setting(java.sql.Statement statement, String name) throws Exception {
        try (var rs = statement.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

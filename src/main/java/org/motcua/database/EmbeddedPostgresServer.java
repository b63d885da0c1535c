package org.motcua.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The platform's own PostgreSQL 17, durable, with its files under {@code <dataDir>/pg}.
 *
 * <p>Start-up order: take the data-directory lock (fail fast if a live instance has it), stop a server orphaned by a
 * killed JVM, then start. zonky's own shutdown hook is off: Spring closes this bean after everything that uses the
 * database, so in-flight work (the event registry) finishes before PostgreSQL stops.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final boolean deleteOnClose;

    private EmbeddedPostgresServer(DataDirectoryLock lock, EmbeddedPostgres postgres, Path dataDir,
                                   boolean deleteOnClose) {
        this.lock = lock;
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
    }

    static EmbeddedPostgresServer start(Path dataDir, int port, boolean deleteOnClose) {
        Path root = dataDir.toAbsolutePath().normalize();
        DataDirectoryLock lock = DataDirectoryLock.acquire(root);
        try {
            Path pgDir = root.resolve("pg");
            Files.createDirectories(pgDir);
            StalePostgres.stopIfRunning(pgDir);
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky turns durability off for tests; a government register must not lose a commit
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL 17 ready on 127.0.0.1:{} with data in {} ({} ms)", postgres.getPort(),
                    pgDir, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedPostgresServer(lock, postgres, root, deleteOnClose);
        } catch (IOException e) {
            lock.close();
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + root.resolve("pg")
                    + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            lock.close();
            if (deleteOnClose) {
                deleteRecursively(dataDir);
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover test directory under target/ is harmless
        }
    }
}

package org.motcua.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server left running on our data directory by a JVM that died without stopping it ({@code kill -9}).
 * Only called while we hold the {@link DataDirectoryLock}, so any live postmaster on the directory is an orphan.
 */
final class StalePostgres {

    private static final Logger log = LoggerFactory.getLogger(StalePostgres.class);

    private StalePostgres() {
    }

    static void stopIfRunning(Path pgDir) {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(StalePostgres::isPostgres);
        if (postmaster.isEmpty()) {
            // PostgreSQL itself ignores a pid file whose process is gone
            log.info("Found a stale postmaster.pid in {} without a live server; PostgreSQL will recover", pgDir);
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("An orphaned PostgreSQL (pid {}) from an earlier run still serves {}; stopping it before start",
                process.pid(), pgDir);
        if (!stopWithPgCtl(process, pgDir)) {
            process.destroy();
        }
        if (!waitForExit(process, Duration.ofSeconds(30))) {
            log.warn("PostgreSQL pid {} did not stop in 30 s; killing it", process.pid());
            process.destroyForcibly();
            waitForExit(process, Duration.ofSeconds(10));
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/postgres") || c.endsWith("postgres.exe"))
                .orElse(true);
    }

    /** A fast shutdown (SIGINT) through the server's own pg_ctl, which sits next to the postgres binary. */
    private static boolean stopWithPgCtl(ProcessHandle process, Path pgDir) {
        Optional<Path> pgCtl = process.info().command().map(Path::of).map(p -> p.resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isEmpty()) {
            return false;
        }
        try {
            Process stop = new ProcessBuilder(pgCtl.get().toString(), "stop", "-D", pgDir.toString(), "-m", "fast",
                    "-w", "-t", "30").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return stop.waitFor(40, TimeUnit.SECONDS) && stop.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}

package org.motcua.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The daily reconciliation: every statement file in the statement directory ({@code MOTCUA_PAYMENT_STATEMENT_DIR})
 * whose name holds its day ({@code yyyy-MM-dd}, e.g. {@code DEMO-2026-11-27.csv}) and that was not reconciled yet is
 * reconciled once and its report recorded. A file that cannot be read is logged and tried again on the next run.
 */
@Component
class ReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationJob.class);
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private final Reconciliations reconciliations;
    private final PaymentProperties properties;

    ReconciliationJob(Reconciliations reconciliations, PaymentProperties properties) {
        this.reconciliations = reconciliations;
        this.properties = properties;
    }

    @Scheduled(cron = "${motcua.payment.reconciliation-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    void run() {
        reconcileNewStatements();
    }

    /** Reconciles the files of the configured directory not reconciled yet; returns the reports made. */
    List<ReconciliationReport> reconcileNewStatements() {
        String dir = properties.statementDir();
        if (dir == null || dir.isBlank()) {
            return List.of();
        }
        return reconcileNewStatements(Path.of(dir));
    }

    List<ReconciliationReport> reconcileNewStatements(Path directory) {
        if (!Files.isDirectory(directory)) {
            log.warn("Payment statement directory {} does not exist", directory);
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            log.error("Cannot list payment statement directory {}", directory, e);
            return List.of();
        }
        List<ReconciliationReport> reports = new java.util.ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (reconciliations.fileReconciled(name)) {
                continue;
            }
            Matcher day = DAY.matcher(name);
            LocalDate date;
            try {
                if (!day.find()) {
                    throw new DateTimeParseException("no yyyy-MM-dd", name, 0);
                }
                date = LocalDate.parse(day.group(1));
            } catch (DateTimeParseException e) {
                log.warn("Payment statement {} skipped: its name holds no day yyyy-MM-dd", name);
                continue;
            }
            try {
                reports.add(reconciliations.reconcileFile(Files.readAllBytes(file), date, name));
            } catch (StatementInvalid e) {
                log.error("Payment statement {} rejected, nothing stored: {}", name, e.getMessage());
            } catch (DuplicateKeyException e) {
                log.info("Payment statement {} was reconciled meanwhile by another instance", name);
            } catch (IOException e) {
                log.error("Cannot read payment statement {}", file, e);
            }
        }
        return reports;
    }
}

package org.motcua.database;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks an event publication completed as the last statement of its listener's own transaction (an
 * {@code @ApplicationModuleListener} runs in a new one). Only the first transaction begun after the registry
 * announced the publication counts, and only when it is the listener method's own: a listener without a transaction
 * of its own that called a transactional service would otherwise have its publication completed by that service's
 * commit even if the listener failed afterwards; such a publication is completed by the registry as before.
 *
 * <p>The completion is conditional: when another delivery of the same publication completed it first (a node
 * restarting delivers every incomplete publication again, also those another node is handling; a delivery taken as
 * lost is delivered again), this delivery's transaction is rolled back, so a listener's work is committed once.
 */
final class ListenerTransactionCompletion implements TransactionExecutionListener {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Boolean> listenerTransactions = new ConcurrentHashMap<>();

    ListenerTransactionCompletion(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        UUID publication = ListenerCompletions.takeExpected();
        String name = transaction.getTransactionName();
        if (publication == null || beginFailure != null || name == null || !transaction.isNewTransaction()
                || !TransactionSynchronizationManager.isSynchronizationActive()
                || !listenerTransactions.computeIfAbsent(name, ListenerTransactionCompletion::namesTransactionalListener)) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                // waits for another delivery of the same publication that is committing, then sees its completion
                int completed = jdbc.sql("""
                                update event_publication set status = 'COMPLETED', completion_date = ?
                                where id = ? and completion_date is null""")
                        .params(Timestamp.from(clock.instant()), publication)
                        .update();
                if (completed == 0) {
                    throw new PublicationAlreadyCompletedException(publication);
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    ListenerCompletions.committed(publication);
                }
            }
        });
    }

    /** Whether a transaction name ({@code class.method}, Spring's default) is that of a transactional listener. */
    static boolean namesTransactionalListener(String transactionName) {
        int dot = transactionName == null ? -1 : transactionName.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String method = transactionName.substring(dot + 1);
        try {
            Class<?> type = ClassUtils.forName(transactionName.substring(0, dot), null);
            return Arrays.stream(ReflectionUtils.getUniqueDeclaredMethods(type))
                    .filter(m -> m.getName().equals(method))
                    .anyMatch(m -> AnnotatedElementUtils.hasAnnotation(m, TransactionalEventListener.class)
                            && AnnotatedElementUtils.hasAnnotation(m, Transactional.class));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

package org.motcua;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the statements the PostgreSQL driver sends (BEGIN and COMMIT included) while a piece of code runs, by
 * listening to the driver's own protocol trace ({@code FE=> Execute}, {@code FE=> SimpleQuery}). It needs no proxy
 * or bean of its own, so tests using it share the platform's application context. The pool's liveness check of an idle
 * connection (an empty query) is not counted: under load it does not happen. Counts every thread's statements:
 * wait for asynchronous listeners first (or accept them in the bound) and do not run other work meanwhile.
 */
public final class StatementCounter {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    private StatementCounter() {
    }

    /** What ran, one line per statement (thread name and the driver's trace of the statement before it). */
    public record Counted<T>(T result, List<String> statements) {

        public int count() {
            return statements.size();
        }

        @Override
        public String toString() {
            return count() + " statements:\n  " + String.join("\n  ", statements);
        }
    }

    public static synchronized <T> Counted<T> count(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        Handler handler = new Handler() {
            private final java.util.Map<Long, String> lastQuery = new java.util.HashMap<>();
            private final java.util.Map<String, String> named = new java.util.HashMap<>();

            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                if (message == null) {
                    return;
                }
                long thread = Thread.currentThread().getId();
                synchronized (statements) {
                    if (message.contains("FE=> Parse(stmt=")) {
                        int q = message.indexOf(",query=\"");
                        int end = message.lastIndexOf("\",oids=");
                        String name = message.substring(message.indexOf("stmt=") + 5, q);
                        String sql = q > 0 && end > q ? message.substring(q + 8, end) : message;
                        lastQuery.put(thread, sql);
                        if (!"null".equals(name)) {
                            named.put(name, sql);
                        }
                    } else if (message.contains("FE=> Bind(stmt=")) {
                        String name = message.substring(message.indexOf("stmt=") + 5, message.indexOf(",portal"));
                        if (!"null".equals(name)) {
                            lastQuery.put(thread, named.getOrDefault(name, "(prepared before: " + name + ")"));
                        }
                    } else if (message.contains("FE=> Bind(stmt=null")) {
                        lastQuery.putIfAbsent(thread, "(unparsed: " + message.substring(0, Math.min(80, message.length())) + ")");
                    } else if (message.contains("FE=> SimpleQuery")) {
                        Object[] parameters = record.getParameters();
                        if (parameters != null && parameters.length > 0 && "".equals(parameters[0])) {
                            // the pool's liveness check of a connection idle for a while (Connection.isValid)
                            return;
                        }
                        statements.add("[" + Thread.currentThread().getName() + "] " + (parameters != null
                                && parameters.length > 0 ? String.valueOf(parameters[0]) : message));
                        lastQuery.remove(thread);
                    } else if (message.contains("FE=> Execute")) {
                        statements.add("[" + Thread.currentThread().getName() + "] "
                                + lastQuery.getOrDefault(thread, "(BEGIN/COMMIT or unparsed)").replaceAll("\\s+", " "));
                        lastQuery.remove(thread);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Level before = DRIVER.getLevel();
        DRIVER.setLevel(Level.FINEST);
        DRIVER.addHandler(handler);
        try {
            T result = work.get();
            synchronized (statements) {
                return new Counted<>(result, List.copyOf(statements));
            }
        } finally {
            DRIVER.removeHandler(handler);
            DRIVER.setLevel(before);
        }
    }
}

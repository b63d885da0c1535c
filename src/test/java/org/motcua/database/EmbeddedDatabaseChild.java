package org.motcua.database;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * Runs in a separate JVM for {@link EmbeddedPostgresServerTests}: starts the embedded server on the directory given
 * as the first argument, commits one row, prints {@code READY} and waits to be killed.
 */
public final class EmbeddedDatabaseChild {

    public static void main(String[] args) throws Exception {
        try {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0, false);
            try (var connection = DriverManager.getConnection(server.jdbcUrl());
                 var statement = connection.createStatement()) {
                statement.execute("create table if not exists survivor (note text)");
                statement.execute("insert into survivor values ('" + args[1] + "')");
            }
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        } catch (DataDirectoryInUseException e) {
            System.out.println("REFUSED " + e.getMessage());
            System.out.flush();
            System.exit(3);
        }
    }
}

package org.motcua.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the data lives and which PostgreSQL holds it.
 *
 * @param dataDir   root of everything the platform writes ({@code MOTCUA_DATA_DIR}); the embedded PostgreSQL keeps
 *                  its files under {@code <dataDir>/pg}
 * @param url       JDBC URL of an external PostgreSQL ({@code MOTCUA_DB_URL}); empty means "start the embedded one"
 * @param user      user of the external database ({@code MOTCUA_DB_USER})
 * @param password  password of the external database ({@code MOTCUA_DB_PASSWORD})
 * @param embeddedPort TCP port of the embedded PostgreSQL on 127.0.0.1 ({@code MOTCUA_DB_EMBEDDED_PORT}); 0 picks a
 *                  free port at each start
 * @param ephemeral tests only: give this application context a fresh embedded database that is deleted on close
 * @param maxPoolSize connections in the pool ({@code MOTCUA_DB_POOL_SIZE})
 */
@ConfigurationProperties("motcua.db")
public record DatabaseProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("") String url,
        @DefaultValue("") String user,
        @DefaultValue("") String password,
        @DefaultValue("0") int embeddedPort,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("20") int maxPoolSize) {

    /** True when no external database is configured and the platform runs its own PostgreSQL. */
    public boolean embedded() {
        return url == null || url.isBlank();
    }
}

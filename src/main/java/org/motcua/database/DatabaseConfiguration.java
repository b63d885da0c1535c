package org.motcua.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.UUID;

/** One connection pool, to the external PostgreSQL when configured, otherwise to the embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DatabaseProperties properties) {
        if (!properties.embedded()) {
            return new EmbeddedDatabaseHolder(null);
        }
        var dataDir = properties.ephemeral()
                ? properties.dataDir().resolve("ephemeral-" + UUID.randomUUID())
                : properties.dataDir();
        return new EmbeddedDatabaseHolder(
                EmbeddedPostgresServer.start(dataDir, properties.embeddedPort(), properties.ephemeral()));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabaseHolder embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("motcua");
        config.setMaximumPoolSize(properties.maxPoolSize());
        if (embedded.server() != null) {
            config.setJdbcUrl(embedded.server().jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        }
        return new HikariDataSource(config);
    }

    /** Wraps the optional embedded server so the pool can depend on it and close before it. */
    record EmbeddedDatabaseHolder(EmbeddedPostgresServer server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }

}

/**
 * The PostgreSQL database: an embedded PostgreSQL 17 that the platform starts and stops itself (default), or an
 * external server configured through {@code MOTCUA_DB_*}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.motcua.database;

/**
 * JDBC stores for the core's ports, on SQLite (the embedded default) or PostgreSQL (several
 * replicas), and the database with its Flyway migrations ({@code src/main/resources/db/sqlite} and
 * {@code db/postgresql}). Store SQL is written once for both; where the dialects differ, the store
 * asks {@link dev.frontline.storage.Database#dialect()}.
 */
package dev.frontline.storage;

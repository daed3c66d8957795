/** SQLite stores for the core's ports, and the database with its Flyway migrations ({@code src/main/resources/db/migration}). */
package dev.frontline.storage;

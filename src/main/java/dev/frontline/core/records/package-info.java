/**
 * The owner's records: transcripts of a ticket (Markdown and self-contained HTML, with or without
 * the private notes), privacy access and erasure of one customer, the retention routine, and the
 * one-time link into the read-only web view.
 */
package dev.frontline.core.records;

/**
 * Embedder implementations: the bundled bge-small model, a lexical fallback, an in-memory cache for
 * messages, and the vector cache of known texts (and trained models) kept across restarts by content hash.
 */
package dev.frontline.embedding;

/** Embedder implementations: the bundled bge-small model, a lexical fallback, and a cache. */
package dev.frontline.embedding;

/**
 * The platform-neutral core. {@link dev.frontline.core.Bot} is the single entry point; features
 * ({@link dev.frontline.core.Feature}) plug commands, ticket listeners, button and form handlers and
 * routines into it. Nothing here imports a chat SDK.
 */
package dev.frontline.core;

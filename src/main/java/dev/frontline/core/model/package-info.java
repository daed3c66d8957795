/**
 * The core's vocabulary as immutable records: tickets and their history, people, places in a chat,
 * what platforms hand in ({@link dev.frontline.core.model.Inbound}) and what the core asks them to
 * do ({@link dev.frontline.core.model.Action}). Depends on the JDK only.
 */
package dev.frontline.core.model;

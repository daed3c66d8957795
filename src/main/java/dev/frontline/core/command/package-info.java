/** Slash commands: each {@link dev.frontline.core.command.Command} carries its help; the registry lists them. */
package dev.frontline.core.command;

package dev.frontline.core.command;

/** A mistake by the user who typed a command; its message is shown to them as is. */
public class CommandException extends RuntimeException {
    public CommandException(String message) {
        super(message);
    }
}

package dev.frontline.core.command;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Place;
import dev.frontline.core.model.Role;
import dev.frontline.core.model.UserRef;

import java.time.Instant;
import java.util.List;

/** Everything a command handler needs to know about the call: who, where, when, with what arguments. */
public record CommandContext(Inbound.Command command, Role role) {

    public String args() {
        return command.args() == null ? "" : command.args().trim();
    }

    public UserRef user() {
        return command.user();
    }

    public Place place() {
        return command.place();
    }

    public Instant at() {
        return command.at();
    }

    /** A reply only the caller sees. */
    public List<Action> privately(String text) {
        return List.of(new Action.PrivateReply(user().id(), place(), text));
    }
}

package dev.frontline.core;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Channels;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule every platform follows: a staff-only note is never posted in a ticket channel (Slack
 * Connect and Discord channels include customers). A note about a ticket goes to the staff channel
 * and keeps the ticket's place as {@code about}, so the platform can link to it.
 */
final class StaffNotes {
    private StaffNotes() {}

    static List<Action> outOfTicketChannels(List<Action> actions, Channels channels) {
        List<Action> routed = new ArrayList<>(actions.size());
        for (Action a : actions) {
            if (a instanceof Action.StaffNote n && n.about() == null && channels.isTicketPlace(n.place())) {
                routed.add(new Action.StaffNote(channels.staffPlace(), n.text(), n.buttons(), n.place()));
            } else {
                routed.add(a);
            }
        }
        return routed;
    }
}

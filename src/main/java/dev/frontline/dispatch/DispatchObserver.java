package dev.frontline.dispatch;

import dev.frontline.core.port.Delivery;

/** Told what the unit of work does, for metrics. Calls are cheap and never throw. */
public interface DispatchObserver {

    /** An event arrived; {@code fresh} is false for a duplicate key. */
    default void received(String platform, String kind, boolean fresh) {
    }

    /** An event was handled (committed) or set aside ({@code ok} false), after {@code nanos}. */
    default void handled(String platform, String kind, long nanos, boolean ok) {
    }

    /** One delivery attempt of an outgoing action ended this way. */
    default void delivered(String platform, String action, Delivery.Status status) {
    }

    DispatchObserver NONE = new DispatchObserver() {
    };

    /** The short kind of an inbound event, for labels: message, command, click, form. */
    static String kindOf(dev.frontline.core.model.Inbound in) {
        if (in instanceof dev.frontline.core.model.Inbound.Message) return "message";
        if (in instanceof dev.frontline.core.model.Inbound.Command) return "command";
        if (in instanceof dev.frontline.core.model.Inbound.Click) return "click";
        return "form";
    }
}

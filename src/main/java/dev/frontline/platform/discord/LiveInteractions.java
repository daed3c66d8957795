package dev.frontline.platform.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.components.actionrow.ActionRow;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The interactions this process received and may still answer: the first answer within Discord's
 * 3 seconds (a modal or an ephemeral reply), then follow-ups through the hook for 15 minutes.
 * Kept in memory only: after a restart an answer goes through the interaction's token, or by
 * direct message.
 */
final class LiveInteractions {
    /** Answer with a holding "thinking…" before Discord's 3 seconds run out. */
    static final Duration DEFER_AFTER = Duration.ofMillis(2000);

    private final Cache<String, Live> live = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(15)).maximumSize(10_000).build();

    /** One interaction and whether it has had its first answer. */
    static final class Live {
        private final IReplyCallback reply;
        private final IModalCallback modal;
        private boolean acknowledged;

        Live(IReplyCallback reply, IModalCallback modal) {
            this.reply = reply;
            this.modal = modal;
        }

        /** Sends {@code text} only to the person: as the first answer, or as a follow-up. */
        synchronized void answer(String text, List<ActionRow> components) {
            if (!acknowledged) {
                var r = reply.reply(text).setEphemeral(true);
                if (!components.isEmpty()) r.setComponents(components);
                r.complete();
                acknowledged = true;
            } else {
                var r = reply.getHook().sendMessage(text).setEphemeral(true);
                if (!components.isEmpty()) r.setComponents(components);
                r.complete();
            }
        }

        /** Opens a modal if the first answer is still free; false otherwise. */
        synchronized boolean openModal(Modal form) {
            if (acknowledged || modal == null) return false;
            modal.replyModal(form).complete();
            acknowledged = true;
            return true;
        }

        /** Holds the interaction open ("thinking…", only for the person) if nothing answered it yet. */
        synchronized void deferIfUnanswered() {
            if (acknowledged) return;
            reply.deferReply(true).complete();
            acknowledged = true;
        }
    }

    void register(String id, IReplyCallback reply, IModalCallback modal) {
        live.put(id, new Live(reply, modal));
    }

    void forget(String id) {
        live.invalidate(id);
    }

    Optional<Live> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(live.getIfPresent(id));
    }
}

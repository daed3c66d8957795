package dev.frontline.platform.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.User;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.UserRef;

import java.time.Duration;

/** Display names of Slack users (for "Hi Carol"), looked up once an hour at most per user. */
final class SlackUsers {
    private final MethodsClient client;
    private final Cache<String, String> names = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofHours(1)).build();

    SlackUsers(MethodsClient client) {
        this.client = client;
    }

    UserRef ref(String userId) {
        if (userId == null) return UserRef.of("unknown");
        String name = names.get(userId, id -> SlackCalls.call("users.info", () -> client.usersInfo(r -> r.user(id)))
                .map(r -> displayName(r.getUser(), id)).orElse(id));
        return new UserRef(userId, name);
    }

    /**
     * The event with its sender's display name, for Slack people (U… and W… ids); integrations
     * posting as bots keep the name they came with. Runs on the event's lane, not before the ack.
     */
    Inbound named(Inbound in) {
        UserRef u = in.user();
        if (!u.name().equals(u.id()) || !(u.id().startsWith("U") || u.id().startsWith("W"))) return in;
        UserRef named = ref(u.id());
        if (in instanceof Inbound.Message m) return new Inbound.Message(m.messageId(), m.place(), named, m.text(), m.at());
        if (in instanceof Inbound.Command c) return new Inbound.Command(c.name(), c.args(), c.place(), named, c.at());
        if (in instanceof Inbound.Click k) return new Inbound.Click(k.actionId(), k.cardId(), k.place(), named, k.at());
        if (in instanceof Inbound.FormSubmit f) return new Inbound.FormSubmit(f.formId(), f.values(), f.place(), named, f.at());
        return in;
    }

    private static String displayName(User user, String fallback) {
        if (user == null) return fallback;
        if (user.getProfile() != null && user.getProfile().getDisplayName() != null && !user.getProfile().getDisplayName().isBlank()) {
            return user.getProfile().getDisplayName();
        }
        if (user.getRealName() != null && !user.getRealName().isBlank()) return user.getRealName();
        return user.getName() == null ? fallback : user.getName();
    }
}

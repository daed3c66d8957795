package dev.frontline.platform.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.User;
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

    private static String displayName(User user, String fallback) {
        if (user == null) return fallback;
        if (user.getProfile() != null && user.getProfile().getDisplayName() != null && !user.getProfile().getDisplayName().isBlank()) {
            return user.getProfile().getDisplayName();
        }
        if (user.getRealName() != null && !user.getRealName().isBlank()) return user.getRealName();
        return user.getName() == null ? fallback : user.getName();
    }
}

package dev.frontline.app;

import dev.frontline.config.Secrets;
import dev.frontline.core.port.ChatPlatform;

import java.util.ArrayList;
import java.util.List;

/** The chat platforms Frontline can connect to, and which of them the environment enables. */
final class PlatformLaunchers {
    private PlatformLaunchers() {}

    /** Connects one platform to its bot; returns the platform so scheduled work can post through it. */
    interface Launcher {
        String platform();

        ChatPlatform start(AppContext ctx, PlatformBot bot);
    }

    static List<Launcher> enabled(Secrets secrets) {
        List<Launcher> launchers = new ArrayList<>();
        if (secrets.hasSlack()) launchers.add(unavailable("slack"));
        if (secrets.hasDiscord()) launchers.add(unavailable("discord"));
        return launchers;
    }

    private static Launcher unavailable(String platform) {
        return new Launcher() {
            @Override
            public String platform() {
                return platform;
            }

            @Override
            public ChatPlatform start(AppContext ctx, PlatformBot bot) {
                throw new IllegalStateException("this build has no " + platform + " adapter yet; unset its tokens to use the console");
            }
        };
    }
}

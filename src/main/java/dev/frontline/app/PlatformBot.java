package dev.frontline.app;

import dev.frontline.core.Bot;
import dev.frontline.core.model.Channels;
import dev.frontline.schedule.RoutineRunner;

/** The bot wired for one platform (its channels), with its scheduled work. */
record PlatformBot(String platform, Bot bot, RoutineRunner routines, Channels channels) {}

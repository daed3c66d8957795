package dev.frontline.core.model;

import java.util.Objects;

/** A person as the chat platform names them: a stable platform id and a display name. */
public record UserRef(String id, String name) {
    public UserRef {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) name = id;
    }

    public static UserRef of(String id) {
        return new UserRef(id, id);
    }
}

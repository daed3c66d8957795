package dev.frontline.core.model;

/** Who may see a message: everyone in the place (customers too), staff only, or owners only. */
public enum Audience {
    PUBLIC, STAFF, OWNERS;

    public String label() {
        return name().toLowerCase();
    }
}

package dev.frontline.core.model;

/**
 * A button under a message or card. {@code id} is a namespaced component id that carries the
 * state the click needs, e.g. {@code esc:42:approve:1}; the part before the first ':' names the
 * feature that handles the click.
 */
public record Button(String id, String label, Style style) {
    public enum Style { DEFAULT, PRIMARY, DANGER }

    public static Button of(String id, String label) {
        return new Button(id, label, Style.DEFAULT);
    }

    public static Button primary(String id, String label) {
        return new Button(id, label, Style.PRIMARY);
    }

    public static Button danger(String id, String label) {
        return new Button(id, label, Style.DANGER);
    }

    /** The feature namespace: the id up to the first ':'. */
    public String namespace() {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }
}

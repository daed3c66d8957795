package dev.frontline.core;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Role;

import java.util.List;

/** Handles submitted forms of one namespace. */
@FunctionalInterface
public interface FormHandler {
    List<Action> onSubmit(Inbound.FormSubmit form, Role role);
}

package dev.frontline.core;

import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.model.Role;

import java.util.List;

/** Handles presses of the buttons in one namespace. Must check the clicker's right to press. */
@FunctionalInterface
public interface ClickHandler {
    List<Action> onClick(Inbound.Click click, Role role);
}

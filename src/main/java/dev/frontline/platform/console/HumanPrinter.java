package dev.frontline.platform.console;

import dev.frontline.core.model.Button;

import java.io.PrintStream;
import dev.frontline.core.model.Place;

import java.util.List;
import java.util.function.Function;
import java.util.function.Consumer;

/** Prints actions for a person at the console: who can see it, where, the text and numbered buttons. */
public final class HumanPrinter implements Consumer<ActionView> {
    private final PrintStream out;
    private final Function<Place, String> threadLabel;

    /** @param threadLabel names a thread for people, e.g. "ticket #3" instead of its platform key */
    public HumanPrinter(PrintStream out, Function<Place, String> threadLabel) {
        this.out = out;
        this.threadLabel = threadLabel;
    }

    @Override
    public void accept(ActionView v) {
        String where = v.channel() == null ? "" : "#" + v.channel()
                + (v.thread() == null ? "" : " › " + threadLabel.apply(new Place(ConsolePlatform.NAME, v.channel(), v.thread())));
        String who = switch (v.audience()) {
            case "public" -> "bot";
            case "staff" -> "bot → staff only";
            case "owners" -> "bot → owners";
            default -> "bot → only " + v.audience().substring(v.audience().indexOf(':') + 1);
        };
        String label = switch (v.kind()) {
            case "card" -> " [card " + v.ref() + "]";
            case "card_update" -> " [card " + v.ref() + " updated]";
            case "form" -> " [form — fill with :submit name=value …]";
            case "file" -> " [file " + v.ref() + "]";
            default -> "";
        };
        out.println("  " + where + "  " + who + label);
        for (String line : (v.text() == null ? "" : v.text()).split("\n", -1)) out.println("    " + line);
        List<Button> buttons = v.buttons();
        if (!buttons.isEmpty()) {
            StringBuilder b = new StringBuilder("    ");
            for (int i = 0; i < buttons.size(); i++) b.append("[").append(i + 1).append(": ").append(buttons.get(i).label()).append("] ");
            b.append(" ← :press N");
            out.println(b);
        }
        out.flush();
    }
}

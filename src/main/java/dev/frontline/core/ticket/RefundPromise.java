package dev.frontline.core.ticket;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whether a reply typed by an agent grants or promises money: words of refunding together
 * with an amount ("I've refunded 480 EUR") or a commitment ("I'll refund your last payment"), in
 * one sentence. Explaining the policy ("payments in the last 14 days can be refunded") or a
 * condition ("if you were charged twice, the duplicate will be refunded") is not a promise.
 */
public final class RefundPromise {
    private static final Pattern MONEY_WORDS = Pattern.compile(
            "\\b(refund\\w*|reimburs\\w*|money back|pay (you )?back|credit(ed)? (it |that )?back|chargeback reversed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMITMENT = Pattern.compile(
            "\\b(i('ve| have| will|'ll| am|'m)|we('ve| have| will|'ll| are|'re)|has been|have been|is being|will be|i've started|started the)\\b"
                    + "[^.!?\\n]{0,40}\\b(refund\\w*|reimburs\\w*|money back|pay\\w* (you )?back|credit\\w*)", Pattern.CASE_INSENSITIVE);
    /** An amount with its currency, either side: €480, 480 EUR, 1.200,50 €, 480 euros. */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<pre>[€$£]|\\b(?:EUR|USD|GBP|CHF)\\s?)(?<n1>\\d[\\d.,]*\\d|\\d)|(?<n2>\\d[\\d.,]*\\d|\\d)\\s?(?<post>[€$£]|(?:EUR|USD|GBP|CHF|euros?|dollars?|pounds?)\\b)",
            Pattern.CASE_INSENSITIVE);

    private RefundPromise() {}

    /** A promise found in a reply, and the amount it names ({@code 480 EUR}) or null. */
    public record Found(String amount) {}

    /** A condition or an explanation, not a commitment: "if you were charged twice it will be refunded", "can be refunded". */
    private static final Pattern HEDGED = Pattern.compile("\\b(if|once|whether|can be|could be|may be|might|policy|eligible)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The first sentence that promises money, read sentence by sentence. */
    public static Optional<Found> in(String text) {
        if (text == null || !MONEY_WORDS.matcher(text).find()) return Optional.empty();
        for (String sentence : text.split("(?<=[.!?])\\s+|\\n+")) {
            if (!MONEY_WORDS.matcher(sentence).find() || HEDGED.matcher(sentence).find()) continue;
            String amount = amountIn(sentence);
            if (amount != null || COMMITMENT.matcher(sentence).find()) return Optional.of(new Found(amount));
        }
        return Optional.empty();
    }

    static String amountIn(String text) {
        Matcher m = AMOUNT.matcher(text);
        if (!m.find()) return null;
        if (m.group("n1") != null) return m.group("pre").trim() + m.group("n1");
        String currency = m.group("post").toLowerCase(Locale.ROOT);
        String code = switch (currency) {
            case "euro", "euros" -> "EUR";
            case "dollar", "dollars" -> "USD";
            case "pound", "pounds" -> "GBP";
            default -> m.group("post").toUpperCase(Locale.ROOT);
        };
        return m.group("n2") + " " + code;
    }
}

package dev.frontline.core.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in integer minor units (cents), so that nothing is rounded on the way. Parsed
 * strictly from what people type: {@code 1200}, {@code 49.90}, {@code 49,90}, {@code €1.200,50},
 * {@code 1,200.50}, {@code 1 200,50}, {@code $349}, {@code 120 EUR}; a currency symbol or ISO code
 * may come before or after. Anything else (a negative, an exponent, more than two decimals, a
 * separator in the wrong place) is refused with a reason, never guessed.
 *
 * @param currency ISO code such as {@code EUR}, or null when neither the text nor config names one
 */
public record Money(long minor, String currency) implements Comparable<Money> {
    private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "$", "USD", "£", "GBP", "¥", "JPY", "₹", "INR",
            "CHF", "CHF", "kr", "SEK", "zł", "PLN", "R$", "BRL");
    private static final Pattern SHAPE = Pattern.compile(
            "^(?<pre>[A-Za-z]{3}|R\\$|[€$£¥₹])?\\s*(?<num>[0-9][0-9.,' \\u00A0\\u202F]*)\\s*(?<post>[A-Za-z]{3}|kr|zł|[€$£¥₹])?$");
    /** Thousands groups: 1.234.567 / 1,234,567 / 1 234 567 / 1'234'567, with an optional 1-2 digit decimal part. */
    private static final Pattern GROUPED = Pattern.compile("^(?<int>[0-9]{1,3}(?<sep>[.,' \\u00A0\\u202F])[0-9]{3}(?:\\k<sep>[0-9]{3})*)"
            + "(?:(?<dec>[.,])(?<frac>[0-9]{1,2}))?$");
    private static final Pattern PLAIN = Pattern.compile("^(?<int>[0-9]+)(?:(?<dec>[.,])(?<frac>[0-9]{1,2}))?$");

    public Money {
        if (minor < 0) throw new IllegalArgumentException("money cannot be negative");
        if (currency != null) currency = currency.toUpperCase(Locale.ROOT);
    }

    /** What went wrong reading an amount, in words for the person who typed it. */
    public static final class Unreadable extends IllegalArgumentException {
        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Reads an amount.
     *
     * @param defaultCurrency the currency when the text names none (may be null)
     * @throws Unreadable when the text is not one clear, non-negative amount with at most two decimals
     */
    public static Money parse(String text, String defaultCurrency) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw new Unreadable("no amount given");
        if (t.startsWith("-") || t.contains("−")) throw new Unreadable("'" + text + "' is negative; an amount must be positive");
        if (t.matches(".*\\d[eE][+-]?\\d.*")) throw new Unreadable("'" + text + "' looks like an exponent; write the amount in digits, e.g. 1200.00");
        Matcher shape = SHAPE.matcher(t);
        if (!shape.matches()) throw new Unreadable("'" + text + "' is not an amount; write e.g. 49.90, 1,200.50, €1.200,50 or 120 EUR");
        String pre = shape.group("pre");
        String post = shape.group("post");
        if (pre != null && post != null) throw new Unreadable("'" + text + "' names its currency twice");
        String currency = currencyOf(pre != null ? pre : post).orElse(defaultCurrency);
        if ((pre != null || post != null) && currencyOf(pre != null ? pre : post).isEmpty()) {
            throw new Unreadable("'" + (pre != null ? pre : post) + "' is not a currency I know; use an ISO code such as EUR or USD");
        }
        String num = shape.group("num").strip();
        Matcher m = GROUPED.matcher(num);
        if (m.matches()) {
            String sep = m.group("sep");
            String dec = m.group("dec");
            if (dec != null && dec.equals(sep)) throw new Unreadable("'" + text + "' uses '" + sep + "' both to group thousands and for decimals");
            return of(m.group("int").replaceAll("[^0-9]", ""), m.group("frac"), currency, text);
        }
        m = PLAIN.matcher(num);
        if (m.matches()) return of(m.group("int"), m.group("frac"), currency, text);
        if (num.matches(".*[.,][0-9]{3,}$") || num.matches(".*[.,][0-9]*[.,][0-9]*$")) {
            throw new Unreadable("'" + text + "' is ambiguous: use at most two decimals and group thousands in threes (1,200.50 or 1.200,50)");
        }
        throw new Unreadable("'" + text + "' is not an amount; write e.g. 49.90, 1,200.50, €1.200,50 or 120 EUR");
    }

    private static Money of(String integer, String fraction, String currency, String text) {
        if (integer.length() > 13) throw new Unreadable("'" + text + "' is too large an amount");
        long units = Long.parseLong(integer);
        long cents = fraction == null ? 0 : Long.parseLong(fraction.length() == 1 ? fraction + "0" : fraction);
        return new Money(units * 100 + cents, currency);
    }

    private static Optional<String> currencyOf(String token) {
        if (token == null) return Optional.empty();
        String mapped = SYMBOLS.get(token);
        if (mapped != null) return Optional.of(mapped);
        if (token.matches("[A-Za-z]{3}")) {
            try {
                return Optional.of(java.util.Currency.getInstance(token.toUpperCase(Locale.ROOT)).getCurrencyCode());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whole units and cents as typed by an accountant: {@code 1200.50 EUR}. */
    @Override
    public String toString() {
        String amount = (minor / 100) + "." + String.format(Locale.ROOT, "%02d", minor % 100);
        return currency == null ? amount : amount + " " + currency;
    }

    public boolean isZero() {
        return minor == 0;
    }

    /** Compares amounts; a missing currency on either side matches any. */
    @Override
    public int compareTo(Money other) {
        return Long.compare(minor, other.minor);
    }

    public boolean sameCurrency(Money other) {
        return currency == null || other.currency == null || Objects.equals(currency, other.currency);
    }
}

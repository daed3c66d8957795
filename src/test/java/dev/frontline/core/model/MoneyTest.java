package dev.frontline.core.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    private static Money eur(String text) {
        return Money.parse(text, "EUR");
    }

    @Test
    void commonWaysOfWritingAnAmountAreReadExactly() {
        assertEquals(new Money(120_000, "EUR"), eur("1200"));
        assertEquals(new Money(4_990, "EUR"), eur("49.90"));
        assertEquals(new Money(4_990, "EUR"), eur("49,90"));
        assertEquals(new Money(120_050, "EUR"), eur("€1.200,50"));
        assertEquals(new Money(120_050, "EUR"), eur("1,200.50"));
        assertEquals(new Money(120_050, "EUR"), eur("1 200,50"));
        assertEquals(new Money(120_000, "EUR"), eur("€1.200"), "a dot before three digits groups thousands");
        assertEquals(new Money(34_900, "USD"), eur("$349"));
        assertEquals(new Money(12_000, "GBP"), eur("120 GBP"));
        assertEquals(new Money(150, "EUR"), eur("1.5"));
        assertEquals(new Money(123_456_789, "EUR"), eur("1.234.567,89"));
        assertEquals("1200.50 EUR", eur("1,200.50").toString());
    }

    @Test
    void anythingUnclearIsRefusedWithAReasonNeverGuessed() {
        assertTrue(assertThrows(Money.Unreadable.class, () -> eur("-50")).getMessage().contains("negative"));
        assertTrue(assertThrows(Money.Unreadable.class, () -> eur("1e9")).getMessage().contains("exponent"));
        assertEquals(1_234_500, eur("12.345").minor(), "three digits after one separator group thousands: never three decimals");
        assertThrows(Money.Unreadable.class, () -> eur("12.3456"));
        assertThrows(Money.Unreadable.class, () -> eur("1.2.3"));
        assertThrows(Money.Unreadable.class, () -> eur("1,200,50"));
        assertThrows(Money.Unreadable.class, () -> eur("12.3.45"));
        assertThrows(Money.Unreadable.class, () -> eur("fifty"));
        assertThrows(Money.Unreadable.class, () -> eur(""));
        assertThrows(Money.Unreadable.class, () -> eur("€50 USD"));
        assertThrows(Money.Unreadable.class, () -> eur("50 XYZ"));
    }

    @Test
    void amountsInDifferentCurrenciesAreNotCompared() {
        assertTrue(eur("10 USD").sameCurrency(new Money(100, null)));
        assertTrue(!eur("10 USD").sameCurrency(eur("10")));
    }
}

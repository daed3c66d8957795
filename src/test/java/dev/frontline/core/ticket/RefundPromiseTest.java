package dev.frontline.core.ticket;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefundPromiseTest {
    @Test
    void aReplyThatGrantsOrPromisesMoneyIsFoundWithTheAmountItNames() {
        assertEquals("480 EUR", RefundPromise.in("Hi Kai, I've started the refund for your payment of 480 EUR.").orElseThrow().amount());
        assertEquals("€1.200,50", RefundPromise.in("We refunded €1.200,50 today.").orElseThrow().amount());
        assertEquals("480 EUR", RefundPromise.in("ok, 480 euros refunded").orElseThrow().amount());
        assertNull(RefundPromise.in("I'll refund your last payment right away.").orElseThrow().amount(), "a promise without an amount");
    }

    @Test
    void explainingThePolicyOrAConditionIsNoPromise() {
        assertTrue(RefundPromise.in("Payments made within the last 14 days can be refunded in full.").isEmpty());
        assertTrue(RefundPromise.in("If you were charged twice, the duplicate will be refunded in full.").isEmpty());
        assertTrue(RefundPromise.in("Where do I find the reports feature? In the sidebar.").isEmpty());
    }
}

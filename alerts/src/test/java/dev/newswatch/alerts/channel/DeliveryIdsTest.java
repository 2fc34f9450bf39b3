package dev.newswatch.alerts.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryIdsTest {

    @Test
    void shouldGiveTheSameIdForTheSameAlertAndSubscription() {
        String first = DeliveryIds.forAlert("alert-1", "sub-1");
        String again = DeliveryIds.forAlert("alert-1", "sub-1");

        assertEquals(first, again);
        assertTrue(first.matches("dlv_[0-9a-f]{32}"), first);
    }

    @Test
    void shouldGiveDifferentIdsForDifferentSubscriptions() {
        assertNotEquals(DeliveryIds.forAlert("alert-1", "sub-1"), DeliveryIds.forAlert("alert-1", "sub-2"));
    }

    @Test
    void shouldKeepIdsApartWhenTheBoundaryBetweenPartsMoves() {
        assertNotEquals(DeliveryIds.forAlert("ab", "c"), DeliveryIds.forAlert("a", "bc"));
    }

    @Test
    void shouldGiveTheSameDigestIdWhateverTheOrderOfAlerts() {
        String forward = DeliveryIds.forDigest("sub-1", List.of("a", "b", "c"));
        String backward = DeliveryIds.forDigest("sub-1", List.of("c", "b", "a"));

        assertEquals(forward, backward);
        assertTrue(forward.startsWith("dig_"), forward);
        assertNotEquals(forward, DeliveryIds.forDigest("sub-1", List.of("a", "b")));
    }

    @Test
    void shouldAcceptGeneratedIdsAsValid() {
        String id = DeliveryIds.forAlert("x", "y");

        assertEquals(id, DeliveryIds.requireValid(id));
    }

    @Test
    void shouldRejectIdsThatCouldBreakAHeader() {
        assertThrows(IllegalArgumentException.class, () -> DeliveryIds.requireValid("abc\r\nBcc: x@evil.test"));
        assertThrows(IllegalArgumentException.class, () -> DeliveryIds.requireValid("a>b"));
        assertThrows(IllegalArgumentException.class, () -> DeliveryIds.requireValid(""));
        assertThrows(IllegalArgumentException.class, () -> DeliveryIds.requireValid(null));
    }
}

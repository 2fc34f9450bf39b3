package dev.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Signed one-click unsubscribe links: the token, what invalidates it, and the link formats. */
class UnsubscribeLinksTest {

    private static final byte[] KEY = "unsubscribe-test-key-0123456789ab".getBytes(StandardCharsets.UTF_8);
    private static final UnsubscribeLinks LINKS = new UnsubscribeLinks(KEY, "https://alerts.example.com",
            "unsubscribe@example.com");

    @Test
    void shouldSignTheSubscriptionIdWithHmacSha256InUrlSafeBase64() throws Exception {
        // Given the HMAC computed independently
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal("analyst-email".getBytes(StandardCharsets.UTF_8)));

        // When / Then
        String token = LINKS.token("analyst-email");
        assertEquals(expected, token);
        assertEquals(43, token.length(), "32 bytes, unpadded");
        assertTrue(token.matches("[A-Za-z0-9_-]+"), "safe in a URL without escaping: " + token);
    }

    @Test
    void shouldAcceptItsOwnToken() {
        assertTrue(LINKS.valid("analyst-email", LINKS.token("analyst-email")));
    }

    @Test
    void shouldRejectATokenOfAnotherSubscription() {
        // Given a subscriber who tries their own token on someone else's subscription
        String mine = LINKS.token("alice");

        assertFalse(LINKS.valid("bob", mine));
    }

    @Test
    void shouldRejectATamperedToken() {
        String token = LINKS.token("analyst-email");
        char last = token.charAt(token.length() - 1);
        String flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertFalse(LINKS.valid("analyst-email", flipped));
        assertFalse(LINKS.valid("analyst-email", token.substring(1)), "truncated");
        assertFalse(LINKS.valid("analyst-email", token + "A"), "extended");
        assertFalse(LINKS.valid("analyst-email", ""), "empty");
    }

    @Test
    void shouldRejectMissingValues() {
        assertFalse(LINKS.valid(null, LINKS.token("analyst-email")));
        assertFalse(LINKS.valid("analyst-email", null));
    }

    @Test
    void shouldRejectATokenSignedWithAnotherKey() {
        // Given a second deployment (or the same one after its random key changed on restart)
        UnsubscribeLinks other = new UnsubscribeLinks("another-key-entirely-0123456789ab".getBytes(StandardCharsets.UTF_8),
                "https://alerts.example.com", null);

        assertNotEquals(other.token("analyst-email"), LINKS.token("analyst-email"));
        assertFalse(LINKS.valid("analyst-email", other.token("analyst-email")));
    }

    @Test
    void shouldNotBeAffectedByChangesToTheCallersKeyArray() {
        byte[] key = KEY.clone();
        UnsubscribeLinks links = new UnsubscribeLinks(key, "https://alerts.example.com", null);
        String before = links.token("analyst-email");

        key[0] ^= 1;

        assertEquals(before, links.token("analyst-email"));
    }

    @Test
    void shouldBuildTheHttpsOneClickLinkUnderThePublicBaseUrl() {
        URI link = LINKS.httpsLink("analyst-email");

        assertEquals(URI.create("https://alerts.example.com/unsubscribe?s=analyst-email&t=" + LINKS.token("analyst-email")),
                link);
        assertEquals("https", link.getScheme());
        assertEquals("alerts.example.com", link.getHost());
        assertEquals("/unsubscribe", link.getPath());
    }

    @Test
    void shouldDropTrailingSlashesAndKeepAPathPrefixOfTheBaseUrl() {
        UnsubscribeLinks behindProxy = new UnsubscribeLinks(KEY, "https://example.com/newswatch//", null);

        assertEquals(URI.create("https://example.com/newswatch/unsubscribe?s=a.b_c-1&t=" + behindProxy.token("a.b_c-1")),
                behindProxy.httpsLink("a.b_c-1"));
    }

    @Test
    void shouldHaveNoHttpsLinkWithoutAPublicBaseUrl() {
        UnsubscribeLinks mailtoOnly = new UnsubscribeLinks(KEY, null, "unsubscribe@example.com");

        assertNull(mailtoOnly.httpsLink("analyst-email"));
        assertEquals("mailto:unsubscribe@example.com?subject=unsubscribe%20analyst-email",
                mailtoOnly.mailto("analyst-email"));
    }

    @Test
    void shouldHaveNoMailtoLinkWithoutAMailbox() {
        UnsubscribeLinks httpsOnly = new UnsubscribeLinks(KEY, "https://alerts.example.com", null);

        assertNull(httpsOnly.mailto("analyst-email"));
    }
}

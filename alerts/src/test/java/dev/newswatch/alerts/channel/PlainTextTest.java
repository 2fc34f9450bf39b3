package dev.newswatch.alerts.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void shouldTurnLineBreaksIntoSingleSpaces() {
        assertEquals("Deal Bcc: x@evil.test", PlainText.oneLine("Deal\r\nBcc: x@evil.test", 100));
        assertEquals("a b c", PlainText.oneLine("  a\t\tb\u2028c \n", 100));
    }

    @Test
    void shouldDropBidiOverridesAndOtherControls() {
        assertEquals("evil txt.exe", PlainText.oneLine("evil\u202Etxt.exe", 100));
        assertEquals("a b", PlainText.oneLine("a\u0000b", 100));
    }

    @Test
    void shouldCutLongTextWithAnEllipsis() {
        String cut = PlainText.oneLine("abcdefghij", 5);

        assertEquals("abcd\u2026", cut);
    }

    @Test
    void shouldNotSplitASurrogatePairWhenCutting() {
        String emoji = "\uD83D\uDE80";
        String cut = PlainText.oneLine("abc" + emoji + "defgh", 5);

        assertEquals("abc\u2026", cut);
    }

    @Test
    void shouldTurnNullIntoEmptyText() {
        assertEquals("", PlainText.oneLine(null, 10));
    }

    @Test
    void shouldDetectControlCharacters() {
        assertTrue(PlainText.hasControl("a\nb"));
        assertTrue(PlainText.hasControl("a\u2029b"));
        assertFalse(PlainText.hasControl("plain text, with punctuation & symbols"));
        assertFalse(PlainText.hasControl(null));
    }
}

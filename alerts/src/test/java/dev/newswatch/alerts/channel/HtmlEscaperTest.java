package dev.newswatch.alerts.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlEscaperTest {

    @Test
    void shouldEscapeTheFiveSpecialCharacters() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;",
                HtmlEscaper.escape("<script>alert(\"x\")</script>"));
        assertEquals("Smith &amp; Sons", HtmlEscaper.escape("Smith & Sons"));
        assertEquals("O&#39;Reilly", HtmlEscaper.escape("O'Reilly"));
    }

    @Test
    void shouldEscapeAnAlreadyEscapedEntityAgain() {
        assertEquals("&amp;lt;", HtmlEscaper.escape("&lt;"));
    }

    @Test
    void shouldTurnNullIntoEmptyText() {
        assertEquals("", HtmlEscaper.escape(null));
    }

    @Test
    void shouldLinkOnlyAbsoluteHttpAndHttpsUrls() {
        assertEquals(Optional.of("https://news.example.test/a?b=1"),
                HtmlEscaper.linkableUrl("https://news.example.test/a?b=1"));
        assertEquals(Optional.of("http://news.example.test/"), HtmlEscaper.linkableUrl("http://news.example.test/"));
        assertEquals(Optional.empty(), HtmlEscaper.linkableUrl("javascript:alert(1)"));
        assertEquals(Optional.empty(), HtmlEscaper.linkableUrl("JaVaScRiPt:alert(1)"));
        assertEquals(Optional.empty(), HtmlEscaper.linkableUrl("data:text/html,<b>x</b>"));
        assertEquals(Optional.empty(), HtmlEscaper.linkableUrl("/relative/path"));
        assertEquals(Optional.empty(), HtmlEscaper.linkableUrl("https://news.example.test/\"onmouseover=\"x"));
        assertEquals(Optional.empty(), HtmlEscaper.linkableUrl("https://news.example.test/\r\nX: y"));
        assertEquals(Optional.empty(), HtmlEscaper.linkableUrl(null));
    }
}

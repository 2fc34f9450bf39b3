package dev.newswatch.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTextTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # tags dropped, entities decoded
            <b>Bold</b> move                                  | Bold move
            AT&amp;T &amp; T-Mobile                           | AT&T & T-Mobile
            Caf&eacute; &#8220;quoted&#8221; &#x20AC;5        | Café “quoted” €5
            AT&T without escaping                             | AT&T without escaping
            a < b and c > d                                   | a < b and c > d
            # white space collapsed and trimmed, no-break spaces included
            `  lots   of\t\tspace  `                          | lots of space
            non&nbsp;&nbsp;breaking                           | non breaking
            # block elements and <br> become line breaks
            <p>First</p><p>Second</p>                         | First\\nSecond
            Line one<br>Line two<br/>Line three               | Line one\\nLine two\\nLine three
            <div><h2>Title</h2><ul><li>one</li><li>two</li></ul></div> | Title\\none\\ntwo
            <p>  </p><p>Only</p><p></p>                       | Only
            <table><tr><td>a</td><td>b</td></tr></table>      | a b
            # scripts, styles and invisible characters removed
            Text<script>alert('x')</script> here              | Text here
            <style>p { color: red }</style>Styled             | Styled
            zero\u200Bwidth soft\u00ADhyphen                  | zerowidth softhyphen
            # inline elements do not add spaces inside words
            Open<em>AI</em>                                   | OpenAI
            <a href="https://example.com">link text</a>       | link text
            # plain text passes through
            Plain text.                                       | Plain text.
            """)
    void shouldExtractPlainText(String html, String expected) {
        // Given: the table writes a line break as \\n and other escapes as Java would
        String input = html.replace("\\u200B", "\u200B").replace("\\u00AD", "\u00AD").replace("\\t", "\t");

        // When
        String text = HtmlText.toText(input);

        // Then
        assertEquals(expected.replace("\\n", "\n"), text);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "<p></p>", "<br><br>", "<script>x()</script>"})
    void shouldGiveEmptyTextForBlankOrTextlessHtml(String html) {
        // When
        String text = HtmlText.toText(html);

        // Then
        assertEquals("", text);
    }

    @Test
    void shouldPutEverythingOnOneLineForTitles() {
        // Given
        String html = "<p>Breaking:</p><p>OpenAI raises</p>\n money";

        // When
        String line = HtmlText.toLine(html);

        // Then
        assertEquals("Breaking: OpenAI raises money", line);
    }

    @Test
    void shouldRemoveScriptsAndEventHandlersWhenSanitising() {
        // Given
        String html = "<p onclick=\"steal()\">Hello <script>alert(1)</script><img src=\"https://img.example.com/a.png\" "
                + "onerror=\"steal()\"></p><iframe src=\"https://evil.example.com\"></iframe>";

        // When
        String clean = HtmlText.sanitize(html, "https://news.example.com/story");

        // Then
        assertEquals("<p>Hello <img src=\"https://img.example.com/a.png\"></p>", clean);
    }

    @Test
    void shouldDropJavascriptLinksWhenSanitising() {
        // Given
        String html = "<a href=\"javascript:alert(1)\">click</a> <a href=\"JaVaScRiPt:alert(2)\">again</a>";

        // When
        String clean = HtmlText.sanitize(html, "https://news.example.com/");

        // Then
        assertFalse(clean.toLowerCase(java.util.Locale.ROOT).contains("javascript"), clean);
        assertTrue(clean.contains("click") && clean.contains("again"), clean);
    }

    @Test
    void shouldResolveRelativeLinksAgainstTheBaseWhenSanitising() {
        // Given
        String html = "<p><a href=\"/related\">Related</a> <img src=\"pic.jpg\" alt=\"Pic\"></p>";

        // When
        String clean = HtmlText.sanitize(html, "https://news.example.com/2026/story");

        // Then
        assertEquals("<p><a href=\"https://news.example.com/related\" rel=\"nofollow noopener noreferrer\">Related</a> "
                + "<img src=\"https://news.example.com/2026/pic.jpg\" alt=\"Pic\"></p>", clean);
    }

    @Test
    void shouldDropRelativeLinksWhenThereIsNoBase() {
        // Given
        String html = "<a href=\"/related\">Related</a> <a href=\"https://example.com/x\">Absolute</a>";

        // When
        String clean = HtmlText.sanitize(html, null);

        // Then
        assertEquals("<a rel=\"nofollow noopener noreferrer\">Related</a> "
                + "<a href=\"https://example.com/x\" rel=\"nofollow noopener noreferrer\">Absolute</a>", clean);
    }

    @Test
    void shouldKeepStructuralMarkupWhenSanitising() {
        // Given
        String html = "<h2>Deal</h2><blockquote>Quote</blockquote><ul><li><strong>$10B</strong></li></ul>"
                + "<table><tr><td>cell</td></tr></table><figure><figcaption>Caption</figcaption></figure>";

        // When
        String clean = HtmlText.sanitize(html, "https://example.com/");

        // Then
        assertEquals("<h2>Deal</h2><blockquote>Quote</blockquote><ul><li><strong>$10B</strong></li></ul>"
                + "<table><tbody><tr><td>cell</td></tr></tbody></table><figure><figcaption>Caption</figcaption></figure>",
                clean);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"  \n ", "<script>alert(1)</script>"})
    void shouldGiveNullWhenNothingIsLeftAfterSanitising(String html) {
        // When
        String clean = HtmlText.sanitize(html, "https://example.com/");

        // Then
        assertNull(clean);
    }
}

package dev.newswatch.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # scheme and host lower-cased, path kept as written
            HTTPS://News.Example.COM/Story/ABC                    | https://news.example.com/Story/ABC
            # default ports dropped, others kept
            http://example.com:80/a                               | http://example.com/a
            https://example.com:443/a                             | https://example.com/a
            https://example.com:8443/a                            | https://example.com:8443/a
            http://example.com:443/a                              | http://example.com:443/a
            http://example.com:/a                                 | http://example.com/a
            # empty path
            https://example.com                                   | https://example.com/
            https://example.com?id=1                              | https://example.com/?id=1
            # fragment dropped
            https://example.com/a#comments                        | https://example.com/a
            https://example.com/a?b=1#x                           | https://example.com/a?b=1
            # tracking parameters removed, others kept in order
            https://example.com/a?utm_source=rss&utm_medium=feed  | https://example.com/a
            https://example.com/a?id=7&utm_campaign=x&page=2      | https://example.com/a?id=7&page=2
            https://example.com/a?UTM_Source=rss&id=7             | https://example.com/a?id=7
            https://example.com/a?fbclid=abc                      | https://example.com/a
            https://example.com/a?gclid=1&msclkid=2&yclid=3       | https://example.com/a
            https://example.com/a?mc_cid=1&mc_eid=2&z=3           | https://example.com/a?z=3
            https://example.com/a?igshid=1&ref_src=twsrc          | https://example.com/a
            https://example.com/a?_hsenc=1&_hsmi=2&q=news         | https://example.com/a?q=news
            https://example.com/a?at_medium=rss&at_campaign=x     | https://example.com/a
            https://example.com/a?b=2&a=1                         | https://example.com/a?b=2&a=1
            https://example.com/a?q=&&x=1                         | https://example.com/a?q=&x=1
            https://example.com/a?flag                            | https://example.com/a?flag
            https://example.com/a?                                | https://example.com/a
            https://example.com/a?utm_source=rss#top              | https://example.com/a
            # parameters that only look like tracking ones are kept
            https://example.com/a?utmost=1&format=rss             | https://example.com/a?utmost=1&format=rss
            # percent-escapes upper-cased, nothing decoded
            https://example.com/caf%c3%a9?q=a%2fb                 | https://example.com/caf%C3%A9?q=a%2Fb
            https://example.com/a%20b                             | https://example.com/a%20b
            # user info and IPv6 hosts
            https://user:Pass@Example.com/a                       | https://user:Pass@example.com/a
            http://[2001:DB8::1]:80/a                             | http://[2001:db8::1]/a
            # surrounding white space trimmed
            '  https://example.com/a  '                           | https://example.com/a
            # not hierarchical URLs or invalid: returned trimmed as they are
            mailto:News@Example.com                               | mailto:News@Example.com
            urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a         | urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a
            tag:example.com,2026:1                                | tag:example.com,2026:1
            /relative/path?utm_source=x                           | /relative/path?utm_source=x
            not a url                                             | not a url
            'http://exa mple.com/a '                              | http://exa mple.com/a
            http://example.com:99999/a                            | http://example.com:99999/a
            http://example.com:12345678901/a                      | http://example.com:12345678901/a
            http:///a                                             | http:///a
            ''                                                    | ''
            """)
    void shouldCanonicalizeUrls(String url, String expected) {
        // When
        String canonical = UrlCanonicalizer.canonicalize(url);

        // Then
        assertEquals(expected, canonical);
    }

    @Test
    void shouldReturnNullForNull() {
        // When
        String canonical = UrlCanonicalizer.canonicalize(null);

        // Then
        assertNull(canonical);
    }

    @Test
    void shouldLowerCaseTheHostUnderATurkishDefaultLocale() {
        // Given: "I".toLowerCase() is a dotless i in Turkish
        Locale saved = Locale.getDefault();
        Locale.setDefault(new Locale("tr", "TR"));
        try {
            // When
            String canonical = UrlCanonicalizer.canonicalize("HTTPS://WIRED.IT/INDEX?UTM_SOURCE=X");

            // Then
            assertEquals("https://wired.it/INDEX", canonical);
        } finally {
            Locale.setDefault(saved);
        }
    }
}

package dev.newswatch.ingest.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsRulesTest {

    private static final String ROBOTS = """
            # comments and unknown lines are ignored
            User-agent: GPTBot
            Disallow: /

            User-agent: *
            Disallow: /private/
            Allow: /private/press/
            Disallow: /*.pdf$
            Disallow: /search?

            Sitemap: https://wire.example/sitemap.xml
            """;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /news/northwind-raises           | true
            /private/memo                    | false
            # the longer Allow wins over the shorter Disallow
            /private/press/northwind         | true
            /files/report.pdf                | false
            /files/report.pdf?download=1     | true
            /search?q=robots                 | false
            /                                | true
            """)
    void shouldApplyTheLongestMatchingRuleOfTheStarGroup(String path, boolean allowed) {
        assertEquals(allowed, RobotsRules.parse(ROBOTS, "newswatch").allows(path));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            User-agent: Newswatch\\nDisallow: /news/                          | false
            User-agent: newswatch/0.1\\nDisallow: /news/\\nUser-agent: *\\nAllow: / | false
            User-agent: otherbot\\nUser-agent: *\\nDisallow: /news              | false
            User-agent: otherbot\\nDisallow: /news                              | true
            User-agent: *\\nDisallow:                                           | true
            """)
    void shouldPreferTheGroupNamingNewswatch(String robots, boolean allowed) {
        assertEquals(allowed, RobotsRules.parse(robots.replace("\\n", "\n"), "newswatch").allows("/news/a"));
    }
}

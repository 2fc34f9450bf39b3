package dev.newswatch.ingest.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FullTextMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FullTextPolicyTest {

    private static final String LONG = "The company said the plant would open next year and employ several hundred"
            + " people in the region, which has lost jobs in the car industry over the past decade. ";

    private final FullTextPolicy policy = new FullTextPolicy();

    @ParameterizedTest(name = "{0} / {1} / {2} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # mode  | title                                   | summary                        | url                   | fetch
            auto    | Weather today                           | Short teaser.                  | https://w.example/a   | true
            auto    | Weather today                           | LONG                           | https://w.example/a   | false
            auto    | Weather today                           | LONG and then it stops...      | https://w.example/a   | true
            auto    | Weather today                           | LONG and then it stops [\u2026] | https://w.example/a   | true
            # a deal headline without an amount in the feed text: the amount is in the article
            auto    | Northwind raises Series B led by Harbor | LONG                           | https://w.example/a   | true
            auto    | Northwind raises $120M in Series B      | LONG                           | https://w.example/a   | false
            auto    | Northwind investit dans Lyon            | LONG 40 millions d'euros       | https://w.example/a   | false
            always  | Weather today                           | LONG                           | https://w.example/a   | true
            never   | Northwind raises Series B               | Short teaser.                  | https://w.example/a   | false
            # no web page to fetch
            always  | Weather today                           | Short teaser.                  | urn:uuid:1            | false
            """)
    void shouldFetchThePageOfTeasersAndOfDealsWithoutAnAmount(String mode, String title, String summary, String url,
                                                              boolean fetch) {
        Article article = new Article("id1", "feed", "Wire", url, title, summary.replace("LONG", LONG.repeat(5)), null,
                Instant.EPOCH, Instant.EPOCH, "en", List.of(), List.of());

        assertEquals(fetch, policy.wantsPage(FullTextMode.parse(mode), article));
    }
}
